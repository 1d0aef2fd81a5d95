import { useTranslation } from "react-i18next";
import { ApiFailure, getMeeting } from "../api.ts";
import { BigScreen } from "../components/chair/BigScreen.tsx";
import { LoadFailure } from "../components/LoadFailure.tsx";
import { MeetingRefusal } from "../components/MeetingRefusal.tsx";
import { useDocumentTitle } from "../hooks/useDocumentTitle.ts";
import { useMeetingConnection } from "../hooks/useMeetingConnection.ts";
import { usePrincipal } from "../hooks/usePrincipal.ts";
import { useResource } from "../hooks/useResource.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";
import "../styles/chair.css";

/**
 * Storskærm: the meeting on the room's screen or projector, opened by the coordinator in a new
 * tab with their own session. Large type, no header, no controls; it follows the chair by itself.
 */
export function BigScreenPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const [found, reload] = useResource(`meeting:${meetingId}`, () => getMeeting(meetingId));
  const meeting = found.status === "ready" ? found.data : null;
  const { connection, refusal } = useMeetingConnection(meeting ? meeting.documentName : null, meetingId);
  useDocumentTitle(meeting ? t("chair.bigScreen.documentTitle", { title: meeting.title }) : null);

  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 404) {
    return <NotFoundPage title={t("meeting.notFound")} />;
  }

  return (
    <main id="main" className="big-screen">
      <p className="big-screen__meeting">
        <span>{meeting ? meeting.title : t("chair.bigScreen.loading")}</span>
        {meeting ? <span>{meeting.citizenName}</span> : null}
      </p>
      {refusal ? (
        <MeetingRefusal refusal={refusal} principal={principal} />
      ) : found.status === "error" ? (
        <LoadFailure error={found.error} retry={reload} />
      ) : connection && meeting ? (
        <BigScreen connection={connection} meeting={meeting} />
      ) : (
        <p className="muted">{t("chair.bigScreen.loading")}</p>
      )}
    </main>
  );
}
