import type { CaseProgress } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../../ui/useFormatters.ts";

interface Props {
  progress: CaseProgress;
  labels: { short: string; full: string }[];
}

/** The chart's numbers as a table: one row per goal and meeting, every perspective written out. */
export function ProgressTable({ progress, labels }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titles = new Map(progress.meetings.map((meeting) => [meeting.id, meeting.title]));
  return (
    <div className="table-scroll">
      <table className="table progress-table">
        <caption>{t("progress.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("progress.goal")}</th>
            <th scope="col">{t("progress.meeting")}</th>
            <th scope="col">{t("progress.citizen")}</th>
            <th scope="col">{t("progress.others")}</th>
            <th scope="col">{t("progress.spread")}</th>
          </tr>
        </thead>
        {progress.goals.map((goal, g) =>
          goal.points.length === 0 ? null : (
            <tbody key={goal.goalId} className="progress-table__goal">
              {[...goal.points]
                .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
                .map((point) => {
                  const values = point.others.map((other) => other.value);
                  return (
                    <tr key={point.meetingId}>
                      <th scope="row">
                        {labels[g]?.full}
                        {goal.status === "active" ? null : (
                          <span className="table__sub">
                            {t("progress.goalStatusSuffix", { status: t(`progress.goalStatus.${goal.status}`) })}
                          </span>
                        )}
                      </th>
                      <td>
                        <time dateTime={point.startsAt}>{format.date(point.startsAt)}</time>
                        <span className="table__sub">{titles.get(point.meetingId)}</span>
                      </td>
                      <td className="progress-table__citizen">{point.citizen ?? t("progress.notSet")}</td>
                      <td>
                        {point.others.length === 0 ? (
                          t("progress.notSet")
                        ) : (
                          <ul className="progress-table__others">
                            {point.others.map((other) => (
                              <li key={other.raterKey}>
                                {t("scale.other", {
                                  name: `${other.raterName} (${t(`roles.${other.raterRole}`).toLowerCase()})`,
                                  value: other.value,
                                })}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td>
                        {values.length === 0
                          ? t("progress.notSet")
                          : Math.min(...values) === Math.max(...values)
                            ? Math.min(...values)
                            : t("progress.spreadValue", { min: Math.min(...values), max: Math.max(...values) })}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          ),
        )}
      </table>
    </div>
  );
}
