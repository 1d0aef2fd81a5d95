import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure, getMeeting } from "../api.ts";
import { IdentityButton } from "../components/IdentityButton.tsx";
import { IdentityDialog } from "../components/IdentityDialog.tsx";
import { Layout } from "../components/Layout.tsx";
import { LoadFailure } from "../components/LoadFailure.tsx";
import { MeetingWorkspace } from "../components/MeetingWorkspace.tsx";
import { useDocumentTitle } from "../hooks/useDocumentTitle.ts";
import { useFormatters } from "../hooks/useFormatters.ts";
import { useIdentity } from "../hooks/useIdentity.ts";
import { useMeetingConnection } from "../hooks/useMeetingConnection.ts";
import { useResource } from "../hooks/useResource.ts";
import { NotFoundPage } from "./NotFoundPage.tsx";

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [found, reload] = useResource(`meeting:${meetingId}`, () => getMeeting(meetingId));
  const [identity, setIdentity] = useIdentity();
  const [changingIdentity, setChangingIdentity] = useState(false);
  const meeting = found.status === "ready" ? found.data : null;
  // No identity, no connection: nobody should appear in the meeting, or leave carets, anonymously.
  const connection = useMeetingConnection(meeting && identity ? meeting.documentName : null);
  useDocumentTitle(meeting ? t("meeting.documentTitle", { title: meeting.title, name: meeting.citizenName }) : null);

  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 404) {
    return <NotFoundPage title={t("meeting.notFound")} />;
  }

  const headerActions = identity ? (
    <IdentityButton identity={identity} onClick={() => setChangingIdentity(true)} />
  ) : null;

  return (
    <Layout wide headerActions={headerActions}>
      {meeting ? (
        <>
          <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
            <Link href={`/cases/${meeting.caseId}`}>{t("meeting.caseLink", { name: meeting.citizenName })}</Link>
          </nav>
          <div className="meeting-heading">
            <h1>{meeting.title}</h1>
            <p className="muted">{t("meeting.startsAt", { when: format.dateTime(meeting.startsAt) })}</p>
          </div>
          {connection && identity ? (
            <MeetingWorkspace key={meeting.documentName} connection={connection} user={identity} />
          ) : identity ? (
            <p className="muted">{t("meeting.loadingDocument")}</p>
          ) : null}
          <IdentityDialog
            open={!identity || changingIdentity}
            initial={identity}
            onSave={(next) => {
              setIdentity(next);
              setChangingIdentity(false);
            }}
            onCancel={identity ? () => setChangingIdentity(false) : undefined}
          />
        </>
      ) : (
        <>
          <h1>{found.status === "error" ? t("meeting.errorTitle") : t("app.loading")}</h1>
          {found.status === "error" ? <LoadFailure error={found.error} retry={reload} /> : null}
        </>
      )}
    </Layout>
  );
}
