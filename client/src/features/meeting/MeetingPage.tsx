import { colorFor, type PresenceUser } from "@samplan/shared/model";
import { MeetingId, meetingDocumentName, planWriting } from "@samplan/shared/vocabulary";
import { lazy, Suspense, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { getMeeting } from "../../api/meetings.ts";
import { chooseOwnLanguage } from "../../api/session.ts";
import { reportSessionLost } from "../../api/sessionLost.ts";
import { CitizenLanguageChoice } from "../../ui/CitizenLanguageChoice.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { CitizenClosedSummary } from "../citizen/CitizenClosedSummary.tsx";
import { useCitizenView } from "../citizen/useCitizenView.ts";
import { CitizenHandoverNotice } from "../handover/CitizenHandoverNotice.tsx";
import { openMeetingUnderWay } from "../session/meetingUnderWay.ts";
import { isCoordinator } from "../session/principal.ts";
import { usePrincipal } from "../session/usePrincipal.ts";
import { MeetingRefusal } from "./MeetingRefusal.tsx";
import { MeetingWorkspace } from "./MeetingWorkspace.tsx";
import { useDanish } from "./useDanish.ts";
import { useMeetingConnection } from "./useMeetingConnection.ts";
import "../citizen/citizen.css";
import "../record/record.css";

// What only some open this page for loads only for them, so the citizen's first load holds what
// she sees: the coordinator's buttons and their dialogs, and the rating offer once a meeting is
// closed (which draws nothing until her earlier answers have come anyway).
const CoordinatorMeetingActions = lazy(() =>
  import("./CoordinatorMeetingActions.tsx").then((m) => ({ default: m.CoordinatorMeetingActions })),
);
const MeetingRatingOffer = lazy(() =>
  import("../meetingRating/MeetingRatingOffer.tsx").then((m) => ({ default: m.MeetingRatingOffer })),
);

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const principal = usePrincipal();
  const [found, reload] = useResource(`meeting:${meetingId}`, () => getMeeting(meetingId));
  const meeting = found.status === "ready" ? found.data : null;
  // The plan's name follows from the address, so the connection opens while the meeting's details
  // are still on their way rather than after them: one round trip less before she sees her plan.
  // Whether she may open it is the server's to say, on the connection as on the details.
  const documentName = useMemo(() => {
    const id = MeetingId.safeParse(meetingId);
    return id.success ? meetingDocumentName(id.data) : null;
  }, [meetingId]);
  const { connection, refusal, arrived } = useMeetingConnection(documentName, meetingId);
  // The citizen's plain view, and the same view for the interpreter, who voices what she sees — in
  // Danish, whatever this device was set to. Her own people see the plan as the others at the table
  // do: the plain view speaks as her ("Mine mål"), and her goals are not her brother's.
  const plain = principal.role === "borger" || principal.role === "tolk";
  useCitizenView(plain);
  useDanish(principal.role === "tolk");
  const closed = meeting?.status === "closed";
  // A meeting under way and connected here: the device waits longer before it signs itself out.
  const underWay = meeting?.status === "live" && connection !== null && !refusal;
  useEffect(() => (underWay ? openMeetingUnderWay() : undefined), [underWay]);
  // Closing or reopening ends every connection; once the provider has synced again (so access is
  // still granted), the meeting may have changed: closed or reopened.
  const provider = connection?.provider ?? null;
  useEffect(() => {
    if (!provider) return;
    const onSynced = () => reload();
    provider.on("synced", onSynced);
    return () => {
      provider.off("synced", onSynced);
    };
  }, [provider, reload]);
  useDocumentTitle(meeting ? t("meeting.documentTitle", { title: meeting.title, name: meeting.citizenName }) : null);

  // Staff whose session ended go to sign in; a guest is told why right here (see MeetingRefusal).
  useEffect(() => {
    if (refusal?.kind === "token" && refusal.failure.status === 401 && principal.kind === "staff") {
      reportSessionLost(refusal.failure);
    }
  }, [refusal, principal.kind]);

  // Who you are in the meeting is who you signed in or were invited as; the colour follows the name.
  const user = useMemo<PresenceUser>(
    () => ({ name: principal.name, role: principal.role, color: colorFor(principal.name) }),
    [principal.name, principal.role],
  );

  if (found.status === "error" && found.error instanceof ApiFailure && found.error.status === 404) {
    return <NotFoundPage title={t("meeting.notFound")} />;
  }

  // Her role in this meeting's case, as the server says: a team lead reading it only reads.
  const role = meeting?.yourRole ?? principal.role;
  const coordinator = isCoordinator(principal) && role === "koordinator";

  // A guest invited to this one meeting has no case page to go back to.
  const showCaseLink = principal.kind === "staff" || principal.meetingId === null;

  return (
    <Layout
      wide
      citizen={plain}
      languageChoice={
        // Her language, for her view and her e-mails; a failed save leaves her e-mails as they were.
        <CitizenLanguageChoice
          folded
          onChosen={(language) => void chooseOwnLanguage({ language }).catch(() => undefined)}
        />
      }
    >
      {meeting ? (
        <>
          {showCaseLink ? (
            <nav aria-label={t("app.breadcrumb")} className="breadcrumb">
              <Link href={`/cases/${meeting.caseId}`}>{t("meeting.caseLink", { name: meeting.citizenName })}</Link>
            </nav>
          ) : null}
          <div className="meeting-heading">
            <h1>{meeting.title}</h1>
            <p className="muted">{t("meeting.startsAt", { when: format.dateTime(meeting.startsAt) })}</p>
            {meeting.place ? <p>{t("meeting.place", { place: meeting.place })}</p> : null}
            {meeting.method ? <p>{t("methods.follows", meeting.method)}</p> : null}
            {meeting.remoteUrl ? (
              <p>
                <a className="button" href={meeting.remoteUrl} target="_blank" rel="noopener noreferrer">
                  {t("meeting.remoteLink")}
                </a>
              </p>
            ) : null}
            {/* Her own preparation, on her own device: a session of the citizen's, before the close. */}
            {principal.kind === "guest" && principal.role === "borger" && !closed ? (
              <p>
                {/* A button's size: her finger finds it on the tablet and the phone. */}
                <Link className="button" href={`/meetings/${meeting.id}/forbered`}>
                  {t("preparation.link")}
                </Link>
              </p>
            ) : null}
            {coordinator && !refusal ? (
              // A row of buttons' height is kept while they load, so the plan below does not jump.
              <Suspense fallback={<div className="meeting-heading__actions meeting-heading__actions--loading" />}>
                <CoordinatorMeetingActions meeting={meeting} closed={closed} onClosed={reload} />
              </Suspense>
            ) : null}
          </div>
          {plain ? <CitizenHandoverNotice caseId={meeting.caseId} /> : null}
          {closed ? (
            <div className="notice notice--info meeting-closed" role="status">
              <p>{t("record.closedNotice")}</p>
              {coordinator ? <Link href={`/meetings/${meeting.id}/referat`}>{t("record.seeMinutes")}</Link> : null}
            </div>
          ) : null}
          {closed && principal.role === "borger" && connection && !refusal ? (
            <CitizenClosedSummary doc={connection.doc} meeting={meeting} />
          ) : null}
          {closed && principal.kind === "guest" && principal.role === "borger" ? (
            <Suspense fallback={null}>
              <MeetingRatingOffer meetingId={meeting.id} />
            </Suspense>
          ) : null}
          {refusal ? (
            <MeetingRefusal refusal={refusal} principal={principal} />
          ) : connection && arrived ? (
            <MeetingWorkspace
              key={meeting.documentName}
              connection={connection}
              meeting={meeting}
              user={user}
              readOnly={planWriting(role) === "none" || closed}
              closed={closed}
              canInvite={coordinator}
              plain={plain}
            />
          ) : (
            <p className="muted">{t("meeting.loadingDocument")}</p>
          )}
        </>
      ) : found.status === "error" && found.error instanceof ApiFailure && found.error.status === 403 ? (
        <>
          <h1>{t("meeting.errorTitle")}</h1>
          <MeetingRefusal refusal={{ kind: "token", failure: found.error }} principal={principal} />
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
