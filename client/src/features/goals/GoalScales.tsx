import { clearGoalScale, type Scale, setGoalScale } from "@samplan/shared/model";
import type { GoalId } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useMeeting } from "../meeting/useMeeting.ts";
import { ScaleInput } from "./ScaleInput.tsx";
import { ScaleSpread } from "./ScaleSpread.tsx";
import { useRater } from "./useRater.ts";

interface Props {
  goalId: GoalId;
  /** "Mål 1", for announcements. */
  label: string;
  /** Everyone's scale now, the citizen's first. */
  scales: Scale[];
  /** Everyone's scale at the end of the last meeting. */
  previous: Scale[];
}

/**
 * "Hvor er du nu på vej mod målet?": the citizen's own answer first and largest, then every
 * perspective side by side, then your own row of buttons. An observer only looks.
 */
export function GoalScales({ goalId, label, scales, previous }: Props) {
  const { t } = useTranslation();
  const { doc, readOnly, announce } = useMeeting();
  const rater = useRater();
  const headingId = useId();
  const citizen = scales.find((scale) => scale.raterRole === "borger") ?? null;
  const citizenLast = previous.find((scale) => scale.raterRole === "borger") ?? null;
  const mine = scales.find((scale) => scale.raterKey === rater.key) ?? null;
  const myLast = previous.find((scale) => scale.raterKey === rater.key) ?? null;
  const isCitizen = rater.role === "borger";
  const canRate = !readOnly && rater.role !== "observatoer";

  const own = canRate ? (
    <ScaleInput
      name={`scale-${goalId}`}
      legend={isCitizen ? t("scale.question") : `${t("scale.yours")}: ${t("scale.questionProfessional")}`}
      value={mine?.value ?? null}
      last={myLast?.value ?? null}
      describedBy={`editor-${goalId}`}
      onChange={(value) => {
        setGoalScale(doc, goalId, rater, value);
        announce(t("scale.set", { goal: label, value }));
      }}
      onClear={() => {
        clearGoalScale(doc, goalId, rater.key);
        announce(t("scale.cleared", { goal: label }));
      }}
    />
  ) : null;

  return (
    <section className="goal-scales" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t("scale.question")}
      </h3>
      {isCitizen ? (
        own
      ) : (
        <div className="citizen-scale">
          <span className="citizen-scale__label">{t("scale.citizenHeading")}</span>
          <span className="citizen-scale__value">
            {citizen ? t("scale.citizenValue", { value: citizen.value }) : t("scale.citizenNone")}
          </span>
          {citizenLast ? (
            <span className="citizen-scale__last">{t("scale.last", { value: citizenLast.value })}</span>
          ) : null}
        </div>
      )}
      <div className="goal-scales__spread">
        <span className="goal-scales__spread-heading">{t("scale.othersHeading")}</span>
        <ScaleSpread scales={scales} previous={previous} selfKey={rater.key} />
      </div>
      {isCitizen ? null : own}
    </section>
  );
}
