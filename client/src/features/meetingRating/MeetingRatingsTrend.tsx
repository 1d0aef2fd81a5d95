import { RATING_QUESTIONS } from "@samplan/shared/api";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { getMeetingRatings } from "../../api/meetingRating.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { type RatingCell, ratingTrend } from "./ratingTrend.ts";
import "./meetingRating.css";

/**
 * In the progress view: how the citizen rated each meeting, question by question, each answer with
 * its change since the meeting before, and a gentle word when the latest dropped or was low (see
 * ratingTrend) for the coordinator. Shows nothing to someone who may see none of her answers: the server sends the
 * coordinator all of them, and the rest of the network only those she chose to show.
 */
export function MeetingRatingsTrend({ caseId, name }: { caseId: string; name: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const [found] = useResource(`meeting-ratings:${caseId}`, () => getMeetingRatings(caseId));
  const meetings = found.status === "ready" ? found.data.meetings : null;
  const sharedOnly = found.status === "ready" && found.data.sharedOnly;
  const trend = useMemo(() => (meetings ? ratingTrend(meetings) : null), [meetings]);
  if (!trend || trend.rows.length === 0) return null;

  // The word to talk with her is the coordinator's to act on; a colleague she shared some meetings
  // with sees her answers, not a judgement drawn from part of them.
  const flag = sharedOnly ? null : trend.flag;
  const flagged = flag ? [...new Set([...flag.dropped, ...flag.low])] : [];
  const cell = ({ value, change }: RatingCell) =>
    value === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t("ratingTrend.notAnswered")}</span>
      </>
    ) : (
      <>
        {value}
        {change ? (
          <span className="rating-trend__change">
            <span aria-hidden="true">{change > 0 ? `↑ ${change}` : `↓ ${-change}`}</span>
            <span className="visually-hidden">
              {change > 0 ? t("ratingTrend.up", { n: change }) : t("ratingTrend.down", { n: -change })}
            </span>
          </span>
        ) : null}
      </>
    );

  return (
    <section className="stack progress-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("ratingTrend.heading", { name })}</h2>
      <p>{t("ratingTrend.intro")}</p>
      {sharedOnly ? <p>{t("ratingTrend.sharedOnly", { name })}</p> : null}
      {flag ? (
        <div className="notice notice--info rating-trend__flag">
          <p>
            {t(flag.dropped.length > 0 ? "ratingTrend.dropped" : "ratingTrend.low", {
              name,
              date: format.date(flag.startsAt),
            })}
          </p>
          <p>
            {t("ratingTrend.about", {
              questions: flagged.map((q) => t(`ratingTrend.questions.${q}`)).join(", "),
            })}
          </p>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="table rating-trend">
          <caption>{t("ratingTrend.tableLabel")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("ratingTrend.meeting")}</th>
              {RATING_QUESTIONS.map((q) => (
                <th key={q} scope="col">
                  {t(`ratingTrend.questions.${q}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.rows.map((row) => (
              <tr key={row.meetingId}>
                <th scope="row">
                  {format.date(row.startsAt)}
                  <span className="table__sub">{row.title}</span>
                </th>
                {RATING_QUESTIONS.map((q) => (
                  <td key={q}>{cell(row.answers[q])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
