import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getDeskMeetings } from "../../api.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { MeetingStatusBadge } from "./MeetingStatusBadge.tsx";
import "./case.css";

/** Kommende møder (issue 24): her meetings in the next two weeks across her cases, soonest first. */
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
              </div>
              <MeetingStatusBadge status={meeting.status} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
