import type { DeskMeeting } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getDeskMeetings } from "../../api/desk.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { MeetingStatusBadge } from "../case/MeetingStatusBadge.tsx";
import "../case/case.css";
import "./desk.css";

/**
 * Kommende møder (issue 24): her meetings in the next two weeks across her cases, soonest first,
 * each with who in the network is not ready yet and whether the citizen has prepared.
 */
export function UpcomingMeetings() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [upcoming, reload] = useResource("desk-meetings", getDeskMeetings);
  return (
    <section aria-labelledby="upcoming-heading" className="stack">
      <h2 id="upcoming-heading">{t("start.upcomingHeading")}</h2>
      <p className="muted">{t("start.upcomingIntro")}</p>
      {upcoming.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {upcoming.status === "error" ? <LoadFailure error={upcoming.error} retry={reload} /> : null}
      {upcoming.status === "ready" && upcoming.data.meetings.length === 0 ? (
        <p className="empty">{t("start.upcomingEmpty")}</p>
      ) : null}
      {upcoming.status === "ready" && upcoming.data.meetings.length > 0 ? (
        <ul className="link-list meeting-list">
          {upcoming.data.meetings.map((meeting) => (
            <li key={meeting.id} className="meeting-list__item">
              <div className="meeting-list__main">
                <Link href={`/meetings/${meeting.id}`} className="link-list__link">
                  {t("start.upcomingItem", { citizen: meeting.citizenName, title: meeting.title })}
                </Link>
                <time className="meeting-list__when" dateTime={meeting.startsAt}>
                  {format.dateTime(meeting.startsAt)}
                </time>
                <Readiness meeting={meeting} />
              </div>
              <MeetingStatusBadge status={meeting.status} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/**
 * Only who is not ready is named: on a desk of many meetings the exceptions are what she acts on.
 * The citizen's preparation is hers until she shares it, so only a shared one is "prepared".
 */
function Readiness({ meeting }: { meeting: DeskMeeting }) {
  const { t } = useTranslation();
  const waiting = meeting.people.filter((person) => person.readiness !== "ready");
  const hasCitizen = meeting.people.some((person) => person.role === "borger");
  return (
    <div className="meeting-list__readiness">
      {meeting.people.length === 0 ? <p className="muted">{t("desk.nobodyYet")}</p> : null}
      {meeting.people.length > 0 && waiting.length === 0 ? <p className="muted">{t("desk.allReady")}</p> : null}
      {waiting.length > 0 ? (
        <ul className="readiness" aria-label={t("desk.readinessHeading", { title: meeting.title })}>
          {waiting.map((person) => (
            <li key={person.memberId} className={`readiness__person--${person.readiness}`}>
              {person.name}: {t(`desk.readiness.${person.readiness as Exclude<typeof person.readiness, "ready">}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {hasCitizen ? (
        <p className="muted">{meeting.citizenPrepared ? t("desk.citizenPrepared") : t("desk.citizenNotPrepared")}</p>
      ) : null}
    </div>
  );
}
