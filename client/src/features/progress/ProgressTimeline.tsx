import type { CaseProgress } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { formatCalendarDate } from "../../ui/calendarDate.ts";
import { goalStyle, NO_GOAL_COLOR } from "../goals/goalStyles.ts";

interface Props {
  progress: CaseProgress;
  labels: { short: string; full: string }[];
}

type Entry = CaseProgress["timeline"][number];

/**
 * Siden sidst, goal by goal: what happened, placed at the day it happened (not the day it was
 * written down), oldest first; undated observations last.
 */
export function ProgressTimeline({ progress, labels }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.resolvedLanguage);
  const titles = new Map(progress.meetings.map((meeting) => [meeting.id, meeting.title]));
  const groups: { key: string; heading: string; color: string; entries: Entry[] }[] = [
    ...progress.goals.map((goal, g) => ({
      key: goal.goalId,
      heading: labels[g]?.full ?? "",
      color: goalStyle(g).color,
      entries: progress.timeline.filter((entry) => entry.goalId === goal.goalId),
    })),
    {
      key: "none",
      heading: t("progress.noGoal"),
      color: NO_GOAL_COLOR,
      // Tied to no goal, or to a goal that is no longer in any meeting.
      entries: progress.timeline.filter(
        (entry) => !entry.goalId || !progress.goals.some((goal) => goal.goalId === entry.goalId),
      ),
    },
  ].filter((group) => group.entries.length > 0);

  if (groups.length === 0) return <p className="empty">{t("progress.timelineEmpty")}</p>;
  return (
    <div className="timeline">
      {groups.map((group) => (
        <div key={group.key} className="timeline__goal">
          <h3 className="timeline__heading">
            <span className="swatch" style={{ background: group.color }} aria-hidden="true" />
            {group.heading}
          </h3>
          <ol className="timeline__entries">
            {group.entries.map((entry, index) => (
              // Entries have no id of their own, and this list is only ever read, never reordered.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              <li key={`${entry.meetingId}-${index}`} className="timeline__entry">
                {entry.happenedOn ? (
                  <time className="timeline__date" dateTime={entry.happenedOn}>
                    {formatCalendarDate(entry.happenedOn, locale)}
                  </time>
                ) : (
                  <span className="timeline__date timeline__date--none">{t("progress.noDate")}</span>
                )}
                <div className="timeline__body">
                  <p className="timeline__text">{entry.text}</p>
                  <p className="timeline__meta">
                    {[
                      entry.observedBy ? t("progress.seenBy", { name: entry.observedBy }) : null,
                      titles.has(entry.meetingId)
                        ? t("progress.inMeeting", { title: titles.get(entry.meetingId) ?? "" })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
