import type { Meeting } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useFormatters } from "../hooks/useFormatters.ts";

/** The case's meetings, newest first as the server sends them. */
export function MeetingList({ meetings }: { meetings: Meeting[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (meetings.length === 0) return <p className="empty">{t("case.empty")}</p>;
  return (
    <ul className="link-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link href={`/meetings/${meeting.id}`} className="link-list__link">
            {meeting.title}
          </Link>
          <time className="link-list__meta" dateTime={meeting.startsAt}>
            {format.dateTime(meeting.startsAt)}
          </time>
        </li>
      ))}
    </ul>
  );
}
