import { lazy, Suspense, useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { getCase } from "../../api/cases.ts";
import { getProgress } from "../../api/progress.ts";
import { localeFor } from "../../i18n/index.ts";
import { withWords } from "../../i18n/pageWords.ts";
import { dateTimeFormat } from "../../ui/formats.ts";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { goalLabels } from "../goals/goalLabels.ts";
import { goalStyle, NO_GOAL_COLOR } from "../goals/goalStyles.ts";
import { MeetingRatingsTrend } from "../meetingRating/MeetingRatingsTrend.tsx";
import { PerspectiveSpreads } from "../perspectives/PerspectiveSpreads.tsx";
import { ProgressChart } from "./ProgressChart.tsx";
import { ProgressTable } from "./ProgressTable.tsx";
import { ProgressTimeline } from "./ProgressTimeline.tsx";
import { chartModel } from "./progressChart.ts";
import "./progress.css";

// Only a case that has had an "Et år frem" round loads it, with the meeting's words it reads.
const RememberedFutures = lazy(() =>
  withWords(import("./RememberedFutures.tsx"), "meeting").then((m) => ({ default: m.RememberedFutures })),
);

/**
 * Udviklingen: the case over time. Each goal's scale across the meetings as a chart (the citizen's
 * own line, the professionals' spread around it), the same numbers as a table, and Siden sidst as
 * a timeline. Loaded on its own, with the chart library, only when someone opens it.
 */
export function ProgressPage({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const [found, reloadCase] = useResource(`case:${caseId}`, () => getCase(caseId));
  const [progress, reloadProgress] = useResource(`progress:${caseId}`, () => getProgress(caseId));
  const name = found.status === "ready" ? found.data.citizenName : null;
  useDocumentTitle(name ? t("progress.documentTitle", { name }) : null);

  const data = progress.status === "ready" ? progress.data : null;
  const model = useMemo(() => (data ? chartModel(data) : null), [data]);
  const labels = useMemo(() => (data ? goalLabels(data.goals, t) : []), [data, t]);
  const shortLabels = useMemo(() => labels.map((label) => label.short), [labels]);
  const locale = localeFor(i18n.resolvedLanguage);
  const formats = useFormatters();
  const formatX = useCallback(
    (seconds: number) =>
      dateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(new Date(seconds * 1000)),
    [locale],
  );

  const failed = found.status === "error" ? found.error : progress.status === "error" ? progress.error : null;
  if (failed instanceof ApiFailure && failed.status === 404) return <NotFoundPage title={t("case.notFound")} />;

  return (
    <Layout wide>
      <nav aria-label={t("app.breadcrumb")} className="breadcrumb no-print">
        <Link href={`/cases/${caseId}`}>{name ? t("progress.back", { name }) : t("case.back")}</Link>
      </nav>
      <div className="page-heading">
        <h1>{name ? t("progress.title", { name }) : t("app.loading")}</h1>
        <button type="button" className="button no-print" onClick={() => window.print()}>
          {t("progress.print")}
        </button>
      </div>
      <p className="lead">{t("progress.intro")}</p>
      {failed ? (
        <>
          <h2>{t("progress.errorTitle")}</h2>
          <LoadFailure
            error={failed}
            retry={() => {
              reloadCase();
              reloadProgress();
            }}
          />
        </>
      ) : null}
      {progress.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {data ? (
        <>
          <section className="stack progress-section" aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t("progress.chartHeading")}</h2>
            {model ? (
              <>
                <ProgressChart
                  model={model}
                  goalLabels={shortLabels}
                  formatX={formatX}
                  label={t("progress.chartLabel")}
                />
                <div className="chart-legend">
                  <h3 className="visually-hidden">{t("progress.legendHeading")}</h3>
                  <ul className="chart-legend__list">
                    {data.goals.map((goal, g) => {
                      const style = goalStyle(g);
                      return (
                        <li key={goal.goalId}>
                          <svg width="36" height="12" aria-hidden="true" focusable="false">
                            <line
                              x1="2"
                              y1="6"
                              x2="34"
                              y2="6"
                              stroke={style.color}
                              strokeWidth="3"
                              strokeDasharray={style.dash.join(" ") || undefined}
                            />
                          </svg>
                          {labels[g]?.full}
                          {goal.status === "active"
                            ? null
                            : ` ${t("progress.goalStatusSuffix", { status: t(`progress.goalStatus.${goal.status}`) })}`}
                        </li>
                      );
                    })}
                    <li>
                      <svg width="36" height="18" aria-hidden="true" focusable="false">
                        <line x1="18" y1="2" x2="18" y2="16" stroke={NO_GOAL_COLOR} strokeWidth="2" />
                        <circle cx="18" cy="4" r="3.5" fill="#fff" stroke={NO_GOAL_COLOR} strokeWidth="2" />
                        <circle cx="18" cy="14" r="3.5" fill="#fff" stroke={NO_GOAL_COLOR} strokeWidth="2" />
                      </svg>
                      {t("progress.legendSpread")}
                    </li>
                    <li>
                      <svg width="36" height="12" aria-hidden="true" focusable="false">
                        <path d="M12 12 L18 3 L24 12 Z" fill={NO_GOAL_COLOR} />
                      </svg>
                      {t("progress.legendObservation")}
                    </li>
                  </ul>
                </div>
              </>
            ) : (
              <p className="empty">{t("progress.noScales")}</p>
            )}
          </section>
          {model ? (
            <section className="stack progress-section" aria-labelledby="table-heading">
              <h2 id="table-heading">{t("progress.tableHeading")}</h2>
              <ProgressTable progress={data} labels={labels} />
            </section>
          ) : null}
          {model ? (
            <section className="stack progress-section" aria-labelledby="spread-heading">
              <h2 id="spread-heading">{t("spread.heading")}</h2>
              <p className="muted">{t("spread.intro")}</p>
              <PerspectiveSpreads progress={data} labels={labels} citizenName={name ?? t("progress.citizen")} />
            </section>
          ) : null}
          {name ? <MeetingRatingsTrend caseId={caseId} name={name} /> : null}
          {data.futures.length > 0 ? (
            <Suspense fallback={null}>
              <RememberedFutures futures={data.futures} formatDay={formats.day} />
            </Suspense>
          ) : null}
          <section className="stack progress-section" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{t("progress.timelineHeading")}</h2>
            <ProgressTimeline progress={data} labels={labels} />
          </section>
        </>
      ) : null}
    </Layout>
  );
}
