import { type MeetingRating, RATING_MIN, RATING_QUESTIONS } from "@samplan/shared/api";
import { useTranslation } from "react-i18next";
import { RatingFace } from "./RatingFace.tsx";

const STEP_WORDS = ["step1", "step2", "step3", "step4", "step5"] as const;

/** Her answers as kept, in her words, with who may see them and whether she can still change them. */
export function RatingSummary({
  rating,
  canChange,
  onChange,
}: {
  rating: MeetingRating;
  canChange: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <dl className="meeting-rating__answers">
        {RATING_QUESTIONS.map((question) => {
          const value = rating[question];
          const key = value === null ? null : (STEP_WORDS[value - RATING_MIN] ?? null);
          return (
            <div key={question}>
              <dt>{t(`meetingRating.citizen.questions.${question}`)}</dt>
              <dd>
                {value !== null ? <RatingFace step={value} /> : null}
                {key === null
                  ? t("meetingRating.citizen.notAnswered")
                  : question === "overall"
                    ? t(`meetingRating.citizen.overall.${key}`)
                    : t(`meetingRating.citizen.agree.${key}`)}
              </dd>
            </div>
          );
        })}
      </dl>
      <p>{rating.networkMaySee ? t("meetingRating.citizen.sharedYes") : t("meetingRating.citizen.sharedNo")}</p>
      {canChange ? (
        <p>
          <button type="button" className="button button--large" onClick={onChange}>
            {t("meetingRating.citizen.change")}
          </button>
        </p>
      ) : (
        <p className="muted">{t("meetingRating.citizen.locked")}</p>
      )}
    </div>
  );
}
