import type { StepUnderReview } from "@samplan/shared/model";
import { CITIZEN_OWNER, type ReviewOutcome } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { formatCalendarDate } from "../../ui/calendarDate.ts";

const OUTCOMES: readonly ReviewOutcome[] = ["done", "partly", "notYet", "dropped"];

interface Props {
  /** The observation's id: names the radio group and the summary the note editor refers to. */
  id: string;
  review: StepUnderReview;
  outcome: ReviewOutcome | null;
  disabled: boolean;
  onOutcome: (outcome: ReviewOutcome) => void;
}

/**
 * A step agreed last time, followed up: what was agreed, by whom, by when, and how it went. The
 * note under it is the item's own text.
 */
export function ReviewLead({ id, review, outcome, disabled, onOutcome }: Props) {
  const { t, i18n } = useTranslation();
  const legendId = useId();
  const owner = review.owner === CITIZEN_OWNER ? t("review.citizen") : review.owner.trim();
  const text = review.text.trim() || t("review.emptyText");
  const date = review.dueDate ? formatCalendarDate(review.dueDate, localeFor(i18n.resolvedLanguage)) : null;
  const agreed = owner
    ? date
      ? t("review.agreed", { owner, text, date })
      : t("review.agreedNoDate", { owner, text })
    : date
      ? t("review.agreedNoOwner", { text, date })
      : t("review.agreedNoOwnerNoDate", { text });

  return (
    <div className="review">
      <span className="badge badge--review">{t("review.badge")}</span>
      <p id={`review-${id}`} className="review__agreed">
        {agreed}
      </p>
      <div
        role="radiogroup"
        className="choice-group"
        aria-labelledby={legendId}
        aria-disabled={disabled ? true : undefined}
      >
        <p id={legendId} className="choice-group__legend">
          {t("review.outcomeLegend")}
        </p>
        <div className="choice-group__options">
          {OUTCOMES.map((value) => (
            <label key={value} className={`choice-group__option choice-group__option--${value}`}>
              <input
                type="radio"
                name={`outcome-${id}`}
                value={value}
                checked={outcome === value}
                disabled={disabled}
                aria-describedby={`review-${id}`}
                onChange={() => onOutcome(value)}
                className="choice-group__radio"
              />
              <span className="choice-group__face">{t(`review.outcomes.${value}`)}</span>
            </label>
          ))}
        </div>
      </div>
    </div>
  );
}
