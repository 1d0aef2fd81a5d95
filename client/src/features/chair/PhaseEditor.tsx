import type { ChairDocument } from "@samplan/shared/model";
import { movePhase, type Phase, type PhaseId, removePhase, updatePhase } from "@samplan/shared/model";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { CommitField } from "../../ui/CommitField.tsx";
import { ItemControls } from "../plan/ItemControls.tsx";
import { isMinutes } from "./chairTime.ts";

const SECTIONS = ["none", "goals", "resources", "observations", "round", "steps"] as const;

interface Props {
  doc: ChairDocument;
  phase: Phase;
  index: number;
  count: number;
  /** The phase the meeting is in: it cannot be removed. */
  isCurrent: boolean;
  announce: (message: string) => void;
  /** Focus goes somewhere sensible once this phase's fields are gone. */
  onRemoved: () => void;
}

/** One phase of the agenda as fields: title, purpose, the part of the plan it works in, its time box. */
export function PhaseEditor({ doc, phase, index, count, isCurrent, announce, onRemoved }: Props) {
  const { t } = useTranslation();
  const sectionId = useId();
  const legendId = useId();
  const id = phase.id as PhaseId;

  const move = (to: number) => {
    movePhase(doc, id, to);
    announce(t("chair.agenda.moved", { title: phase.title, n: to + 1 }));
  };

  return (
    <li className={isCurrent ? "phase-editor phase-editor--current" : "phase-editor"}>
      <fieldset className="phase-editor__fields" aria-labelledby={legendId}>
        <legend id={legendId} className="phase-editor__legend">
          {t("chair.agenda.phaseLegend", { n: index + 1, title: phase.title })}
          {isCurrent ? <span className="badge agenda-list__now">{t("chair.agenda.current")}</span> : null}
        </legend>
        <CommitField
          label={t("chair.agenda.title")}
          value={phase.title}
          maxLength={80}
          validate={(draft) => (draft === "" ? t("chair.agenda.titleRequired") : null)}
          onCommit={(title) => updatePhase(doc, id, { title })}
          className="phase-editor__title"
        />
        <div className="field phase-editor__section">
          <label htmlFor={sectionId}>{t("chair.agenda.section")}</label>
          <select
            id={sectionId}
            value={phase.section ?? "none"}
            onChange={(event) => {
              const value = event.target.value;
              updatePhase(doc, id, { section: value === "none" ? null : (value as NonNullable<Phase["section"]>) });
            }}
          >
            {SECTIONS.map((section) => (
              <option key={section} value={section}>
                {t(`chair.sectionNames.${section}`)}
              </option>
            ))}
          </select>
        </div>
        <CommitField
          label={t("chair.agenda.timebox")}
          hint={t("chair.agenda.timeboxHint")}
          value={phase.timeboxMinutes === null ? "" : String(phase.timeboxMinutes)}
          inputMode="numeric"
          maxLength={3}
          validate={(draft) => (draft === "" || isMinutes(draft, 240) ? null : t("chair.agenda.timeboxInvalid"))}
          onCommit={(draft) => updatePhase(doc, id, { timeboxMinutes: draft === "" ? null : Number(draft) })}
          className="phase-editor__timebox"
        />
        <CommitField
          label={t("chair.agenda.purpose")}
          value={phase.purpose}
          maxLength={200}
          onCommit={(purpose) => updatePhase(doc, id, { purpose })}
          className="phase-editor__purpose"
        />
      </fieldset>
      <ItemControls
        className="phase-editor__controls"
        index={index}
        count={count}
        describedBy={legendId}
        onMove={move}
        removeDisabled={isCurrent}
        removeTitle={isCurrent ? t("chair.agenda.cannotRemoveCurrent") : undefined}
        onRemove={() => {
          removePhase(doc, id);
          announce(t("chair.agenda.removed", { title: phase.title }));
          onRemoved();
        }}
      />
    </li>
  );
}
