import { checksThePlan, listGoals } from "@samplan/shared/model";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Chair } from "../chair/useChair.ts";
import { useMeeting } from "../meeting/useMeeting.ts";
import { useSection } from "../plan/useSection.ts";
import { useCitizenWeek } from "./useCitizenWeek.ts";
import { useCoherence } from "./useCoherence.ts";
import { useTableAreas } from "./useTableAreas.ts";
import { useWeekLine } from "./useWeekLine.ts";
import { WeekLimitFields } from "./WeekLimitFields.tsx";
import "./coherence.css";

interface Point {
  key: string;
  ok: boolean;
  text: string;
  /** The goal or step to go to; none for a person or for a check that is in order. */
  itemId?: string;
}

/**
 * Sammenhængsradaren, in the chair's panel only, during Næste skridt and the summary after it:
 * whether every goal has a step with an owner and a date, every step a goal, whether anyone has only
 * steps without one, steps from two people that look alike, and a goal's life area nobody at the
 * table works with — each ✓ or !, naming what it found,
 * with "Vis" to go to it. Her week is under it, so the chair sees it before the plan is agreed.
 */
export function CoherenceChecklist({ chair, caseId }: { chair: Chair; caseId: string }) {
  const { agenda, now } = chair.view;
  if (!checksThePlan(agenda, now?.id ?? null)) return null;
  return <Checklist people={chair.people} caseId={caseId} />;
}

function Checklist({ people, caseId }: { people: Chair["people"]; caseId: string }) {
  const { t } = useTranslation();
  const { doc, readOnly } = useMeeting();
  const headingId = useId();
  const table = useTableAreas(caseId, people);
  const found = useCoherence(doc, table);
  const namesAreas = useSection(doc, "goals", listGoals).some((goal) => goal.status === "active" && goal.area);
  const week = useCitizenWeek(doc);
  const weekLine = useWeekLine(week, "chair");
  const quote = (text: string) => text || t("coherence.checklist.untitled");
  const owner = (name: string) =>
    name === CITIZEN_OWNER ? t("coherence.checklist.citizen") : name || t("coherence.checklist.noOwner");

  const points: Point[] = [
    ...(found.goalsWithoutStep.length === 0
      ? [{ key: "goals", ok: true, text: t("coherence.checklist.goalsOk") }]
      : found.goalsWithoutStep.map((goal) => ({
          key: `goal-${goal.goalId}`,
          ok: false,
          text: t("coherence.checklist.goalWithoutStep", { goal: quote(goal.text) }),
          itemId: goal.goalId,
        }))),
    ...(found.stepsWithoutGoal.length === 0
      ? [{ key: "steps", ok: true, text: t("coherence.checklist.stepsOk") }]
      : found.stepsWithoutGoal.map((step) => ({
          key: `step-${step.stepId}`,
          ok: false,
          text: t("coherence.checklist.stepWithoutGoal", { step: quote(step.text), owner: owner(step.owner) }),
          itemId: step.stepId,
        }))),
    ...(found.ownersWithoutGoal.length === 0
      ? [{ key: "owners", ok: true, text: t("coherence.checklist.ownersOk") }]
      : found.ownersWithoutGoal.map((person) => ({
          key: `owner-${person.owner}`,
          ok: false,
          text: t("coherence.checklist.ownerWithoutGoal", { owner: owner(person.owner), count: person.steps }),
        }))),
    ...(found.lookAlikes.length === 0
      ? [{ key: "alike", ok: true, text: t("coherence.checklist.lookAlikesOk") }]
      : found.lookAlikes.map((pair) => ({
          key: `alike-${pair.stepIds.join("-")}`,
          ok: false,
          text: t("coherence.checklist.lookAlike", {
            first: quote(pair.texts[0]),
            firstOwner: owner(pair.owners[0]),
            second: quote(pair.texts[1]),
            secondOwner: owner(pair.owners[1]),
          }),
          itemId: pair.stepIds[1],
        }))),
    // Until the roster has come nobody's work is known: no line rather than a false alarm. And no
    // line while no goal names its area: there is nothing to check.
    ...(table === undefined || !namesAreas
      ? []
      : found.areasNobodyCovers.length === 0
        ? [{ key: "areas", ok: true, text: t("goalAreas.covered") }]
        : found.areasNobodyCovers.map((uncovered) => ({
            key: `area-${uncovered.area}`,
            ok: false,
            text: t(`goalAreas.nobodyCovers.${uncovered.area}`),
            itemId: uncovered.goalIds[0],
          }))),
  ];

  return (
    <section className="coherence" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("coherence.checklist.heading")}</h3>
      <p className="muted">{t("coherence.checklist.intro")}</p>
      <ul className="coherence__list" aria-label={t("coherence.checklist.listLabel")}>
        {points.map((point) => (
          <li key={point.key} className={`coherence__point coherence__point--${point.ok ? "ok" : "look"}`}>
            <span className="coherence__mark" aria-hidden="true">
              {point.ok ? "✓" : "!"}
            </span>
            <span className="coherence__text" id={`coherence-${point.key}`}>
              <span className="visually-hidden">
                {point.ok ? t("coherence.checklist.ok") : t("coherence.checklist.look")}{" "}
              </span>
              {point.text}
            </span>
            {point.itemId ? (
              <button
                type="button"
                className="button"
                aria-describedby={`coherence-${point.key}`}
                onClick={() => goToItem(point.itemId ?? "")}
              >
                {t("coherence.checklist.show")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <p className={week.overLimit ? "coherence-week coherence-week--over" : "coherence-week"}>
        {weekLine.line} {weekLine.said} {weekLine.over}
      </p>
      {readOnly ? null : <WeekLimitFields doc={doc} limit={week.limit} voice="chair" />}
    </section>
  );
}

/** Scrolls the plan to the item and puts the cursor in its text, so the chair can set it right. */
function goToItem(id: string) {
  const editor = document.getElementById(`editor-${id}`);
  editor?.scrollIntoView({ block: "center" });
  editor?.focus({ preventScroll: true });
}
