import type { MeetingStatus } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";

const TONE: Record<MeetingStatus, string> = {
  planned: "badge badge--muted",
  live: "badge badge--live",
  closed: "badge badge--success",
};

/** Planlagt, I gang or Afsluttet: in words, the colour only adds to them. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <span className={TONE[status]}>{t(`progress.meetingStatus.${status}`)}</span>;
}
