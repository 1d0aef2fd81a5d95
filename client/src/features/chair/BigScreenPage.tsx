import { useTranslation } from "react-i18next";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { getMeeting } from "../../api/meetings.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useResource } from "../../ui/useResource.ts";
import { MeetingRefusal } from "../meeting/MeetingRefusal.tsx";
import { useMeetingConnection } from "../meeting/useMeetingConnection.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { BigScreen } from "./BigScreen.tsx";
import "./chair.css";

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
