import { type RatingQuestion as Question, RATING_MIN } from "@samplan/shared/api";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { ReadAloudButton } from "../readAloud/ReadAloudButton.tsx";
import { RatingFace } from "./RatingFace.tsx";

/** The words of each step, 1 to 5: how much (the first three questions) or how good (the last). */
const STEP_WORDS = ["step1", "step2", "step3", "step4", "step5"] as const;
const STEPS = STEP_WORDS.map((_, i) => RATING_MIN + i);

interface Props {
  question: Question;
  /** Its place among the four, for "Læs op spørgsmål 2". */
  number: number;
  value: number | null;
  onChange: (value: number) => void;
}

/**
 * One question on a 1–5 scale: five large choices, a face and words each. Native radio buttons
 * underneath, so the group is one tab stop and arrow keys move the choice; "Læs op" reads the
 * question and its choices in her language.
 */
export function RatingQuestion({ question, number, value, onChange }: Props) {
  const { t } = useTranslation();
  const name = useId();
  const words = (step: number) => {
    const key = STEP_WORDS[step - RATING_MIN] ?? "step3";
    return question === "overall" ? t(`meetingRating.citizen.overall.${key}`) : t(`meetingRating.citizen.agree.${key}`);
  };
  const text = t(`meetingRating.citizen.questions.${question}`);
  return (
    <fieldset className="rating-question">
      <legend className="rating-question__legend">{text}</legend>
      <ReadAloudButton
        text={() => [text, ...STEPS.map((step) => `${step}: ${words(step)}.`)].join(" ")}
        about={t("meetingRating.citizen.readAbout", { n: number })}
      />
      <div className="rating-question__steps">
        {STEPS.map((step) => (
          <label key={step} className="rating-question__step">
            <input type="radio" name={name} value={step} checked={value === step} onChange={() => onChange(step)} />
            <RatingFace step={step} />
            <span>{words(step)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
