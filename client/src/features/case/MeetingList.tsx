import type { Meeting } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { localeFor } from "../../i18n/index.ts";
import { conjunctionList } from "../../ui/formats.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { MeetingStatusBadge } from "./MeetingStatusBadge.tsx";
import "./case.css";

/** The case's meetings, newest first as the server sends them: when, who, and how far it has come. */
export function MeetingList({ meetings }: { meetings: Meeting[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  if (meetings.length === 0) return <p className="empty">{t("case.empty")}</p>;
  const list = conjunctionList(localeFor(i18n.resolvedLanguage));
  return (
    <ul className="link-list meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id} className="meeting-list__item">
          <div className="meeting-list__main">
            <Link href={`/meetings/${meeting.id}`} className="link-list__link">
              {meeting.title}
            </Link>
            <time className="meeting-list__when" dateTime={meeting.startsAt}>
              {format.dateTime(meeting.startsAt)}
            </time>
            <span className="link-list__meta">
              {meeting.participants.length > 0
                ? t("progress.participants", { list: list.format(meeting.participants) })
                : t("progress.noParticipants")}
            </span>
          </div>
          <MeetingStatusBadge status={meeting.status} />
        </li>
      ))}
    </ul>
  );
}
