import { addProgressObservation, type RoundQuestion } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../ui/FieldError.tsx";
import { useMeeting } from "../meeting/useMeeting.ts";

interface Props {
  question: RoundQuestion;
  /** "Mål 1: …", where the answer will stand. */
  goalLabel: string;
}

/**
 * The answer to the question in the round, as the chair writes it down: a Siden sidst observation
 * tied to the goal the question was about, seen by the person who answered. Everyone sees it there,
 * the citizen too.
 */
export function QuestionAnswer({ question, goalLabel }: Props) {
  const { t } = useTranslation();
  const { doc, user, announce } = useMeeting();
  const ids = { field: useId(), heading: useId() };
  const [answer, setAnswer] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const name = question.to.name;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const text = answer.trim();
    if (!text) {
      setError(t("perspectives.answerEmpty"));
      return;
    }
    addProgressObservation(doc, {
      createdBy: user.name,
      createdByRole: user.role,
      text,
      goalId: question.goalId as GoalId,
      observedBy: name,
    });
    setAnswer("");
    setError(null);
    const message = t("perspectives.answerSaved", { goal: goalLabel });
    setSaved(message);
    announce(message);
  };

  return (
    <form className="question-answer" aria-labelledby={ids.heading} onSubmit={save} noValidate>
      <h4 id={ids.heading}>{t("perspectives.answerHeading")}</h4>
      <p className="question-answer__question">{question.text}</p>
      <div className="field">
        <label htmlFor={ids.field}>{t("perspectives.answerLabel", { name })}</label>
        <p id={`${ids.field}-hint`} className="field__hint">
          {t("perspectives.answerHint", { goal: goalLabel, name })}
        </p>
        <textarea
          id={ids.field}
          rows={3}
          maxLength={2000}
          value={answer}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.field}-hint ${ids.field}-error` : `${ids.field}-hint`}
          onChange={(event) => {
            setAnswer(event.target.value);
            setSaved(null);
          }}
        />
        {error ? <FieldError id={`${ids.field}-error`}>{error}</FieldError> : null}
      </div>
      <button type="submit" className="button button--primary">
        {t("perspectives.answerSave")}
      </button>
      {saved ? <p className="question-answer__saved">{saved}</p> : null}
    </form>
  );
}
