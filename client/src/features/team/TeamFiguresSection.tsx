import { SMALL_NUMBER_LIMIT, type TeamFigures } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import "./team.css";

/**
 * The team's figures for its team lead (issue 24): the team's cases together, never one citizen.
 * A figure too small to show (fewer than SMALL_NUMBER_LIMIT things or citizens behind it) reads
 * "færre end 5" rather than a number, so nobody can work out whom it is about. Presentational: the
 * page fetches the figures.
 */
export function TeamFiguresSection({ figures }: { figures: TeamFigures }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = localeFor(i18n.resolvedLanguage);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
  const suppressed = (
    <span className="team-figures__suppressed">{t("teamFigures.suppressed", { limit: SMALL_NUMBER_LIMIT })}</span>
  );
  const { cases, stepsDoneByDeadline: steps, daysBetweenMeetings: days, goalsInOwnWords: goals, ratings } = figures;
  return (
    <section aria-labelledby="team-figures-heading" className="stack team-figures">
      <h2 id="team-figures-heading">{t("teamFigures.heading")}</h2>
      <p className="muted">
        {t("teamFigures.intro", {
          months: figures.months.length,
          date: format.day(figures.asOf),
          limit: SMALL_NUMBER_LIMIT,
        })}
      </p>
      <dl className="team-figures__list">
        <div className="team-figures__item">
          <dt>{t("teamFigures.cases")}</dt>
          <dd>{cases ?? suppressed}</dd>
        </div>
        <div className="team-figures__item">
          <dt>{t("teamFigures.stepsDoneByDeadline")}</dt>
          <dd>
            {steps.share === null || steps.of === null
              ? suppressed
              : t("teamFigures.shareOfSteps", { share: percent.format(steps.share), count: steps.of })}
            <span className="team-figures__hint">{t("teamFigures.stepsHint")}</span>
          </dd>
        </div>
        <div className="team-figures__item">
          <dt>{t("teamFigures.daysBetweenMeetings")}</dt>
          <dd>
            {days.median === null || days.of === null
              ? suppressed
              : t("teamFigures.days", { count: days.median, gaps: days.of })}
            <span className="team-figures__hint">{t("teamFigures.daysHint")}</span>
          </dd>
        </div>
        <div className="team-figures__item">
          <dt>{t("teamFigures.goalsInOwnWords")}</dt>
          <dd>
            {goals.share === null || goals.of === null
              ? suppressed
              : t("teamFigures.shareOfGoals", { share: percent.format(goals.share), count: goals.of })}
            <span className="team-figures__hint">{t("teamFigures.goalsHint")}</span>
          </dd>
        </div>
        <div className="team-figures__item">
          <dt>{t("teamFigures.ratings")}</dt>
          <dd>
            {ratings === null
              ? t("teamFigures.ratingsNotCollected")
              : ratings.average === null || ratings.of === null
                ? suppressed
                : t("teamFigures.ratingsValue", { average: ratings.average.toLocaleString(locale), count: ratings.of })}
          </dd>
        </div>
      </dl>
      <div className="table-scroll">
        <table className="table team-figures__months">
          <caption>{t("teamFigures.monthsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("teamFigures.month")}</th>
              <th scope="col">{t("teamFigures.meetingsHeld")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.months.map(({ month, meetingsHeld }) => (
              <tr key={month}>
                <th scope="row">{monthName.format(new Date(`${month}-01T00:00:00Z`))}</th>
                <td>{meetingsHeld ?? suppressed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
