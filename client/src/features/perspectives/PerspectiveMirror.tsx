import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Chair } from "../chair/useChair.ts";
import { goalOptionLabel } from "../goals/goalOptionLabel.ts";
import { useGoalOptions } from "../goals/useGoalOptions.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { PerspectiveSuggestion } from "./PerspectiveSuggestion.tsx";
import { QuestionAnswer } from "./QuestionAnswer.tsx";
import { usePerspectiveQuestions } from "./usePerspectiveQuestions.ts";
import "./perspectives.css";

/**
 * Perspektiv-spejlet, in the chair's own panel (never on the big screen or anyone else's view):
 * for each goal where the scales are 2 or more apart, or one side moved alone, one or two
 * solution-focused questions to a named person, each taken into the round with one tap. The
 * question in the round gets its answer written here, as a Siden sidst observation on the goal.
 */
export function PerspectiveMirror({ chair }: { chair: Chair }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { doc, readOnly } = useMeeting();
  const goals = usePerspectiveQuestions(doc);
  const options = useGoalOptions(doc);
  const asked = chair.view.state.round?.question ?? null;
  if (readOnly) return null;
  const labelOf = (goalId: string) => {
    const option = options.find((goal) => goal.id === goalId);
    return option ? goalOptionLabel(option, t) : "";
  };
  return (
    <section className="perspective-mirror" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("perspectives.heading")}</h3>
      <p className="muted">{t("perspectives.intro")}</p>
      {goals.length === 0 ? <p className="plan-section__empty">{t("perspectives.none")}</p> : null}
      {goals.map((goal) => (
        <div key={goal.goalId} className="perspective-mirror__goal">
          <h4>{t("perspectives.goalQuestions", { goal: labelOf(goal.goalId) })}</h4>
          <ul className="perspective-mirror__questions">
            {goal.questions.map((question, index) => (
              <PerspectiveSuggestion
                key={`${question.kind}-${question.to.raterKey}`}
                chair={chair}
                goalId={goal.goalId}
                question={question}
                // Two questions for one reason say it once.
                showReason={goal.questions[index - 1]?.reason !== question.reason}
                asked={asked}
              />
            ))}
          </ul>
        </div>
      ))}
      {asked ? <QuestionAnswer key={asked.text} question={asked} goalLabel={labelOf(asked.goalId)} /> : null}
    </section>
  );
}
