import type { CaseProgress } from "@samplan/shared/api";
import { type SpreadEnd, spreadOverMeetings } from "@samplan/shared/record";
import type { CSSProperties } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";

interface Props {
  progress: CaseProgress;
  labels: { short: string; full: string }[];
  /** Her name, for the ends where her own scale was. */
  citizenName: string;
}

/**
 * "Hvor ens ser I situationen?": for each goal, how far apart the scales were at each meeting (the
 * highest minus the lowest, hers included) and who was at each end. Never an average: one view far
 * from the others is the point. Each goal is a table, its bars drawn in the cells, so a screen
 * reader reads the same numbers the bars show.
 */
export function PerspectiveSpreads({ progress, labels, citizenName }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titles = new Map(progress.meetings.map((meeting) => [meeting.id, meeting.title]));
  const goals = progress.goals
    .map((goal, g) => ({ goal, label: labels[g]?.full ?? "", spreads: spreadOverMeetings(goal.points) }))
    .filter(({ spreads }) => spreads.some((spread) => spread.count > 1));
  const end = ({ value, raters }: SpreadEnd) =>
    t("spread.end", { names: raters.map((name) => name ?? citizenName).join(", "), value });

  if (goals.length === 0) return <p className="empty">{t("spread.none")}</p>;
  return goals.map(({ goal, label, spreads }) => (
    <div key={goal.goalId} className="table-scroll">
      <table className="table perspective-spreads">
        <caption>{t("spread.caption", { goal: label })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("spread.meeting")}</th>
            <th scope="col">{t("spread.spread")}</th>
            <th scope="col">{t("spread.lowest")}</th>
            <th scope="col">{t("spread.highest")}</th>
          </tr>
        </thead>
        <tbody>
          {spreads.map((spread) => (
            <tr key={spread.meetingId}>
              <th scope="row">
                <time dateTime={spread.startsAt}>{format.date(spread.startsAt)}</time>
                <span className="table__sub">{titles.get(spread.meetingId)}</span>
              </th>
              <td>
                <span className="perspective-spreads__cell">
                  <span className="perspective-spreads__track" aria-hidden="true">
                    <span
                      className="perspective-spreads__bar"
                      style={{ "--from": spread.lowest.value, "--to": spread.highest.value } as CSSProperties}
                    />
                  </span>
                  {spread.spread === 0
                    ? t("spread.agree", { value: spread.lowest.value })
                    : t("spread.steps", { count: spread.spread })}
                </span>
              </td>
              <td>{end(spread.lowest)}</td>
              <td>{spread.spread === 0 ? "–" : end(spread.highest)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  ));
}
