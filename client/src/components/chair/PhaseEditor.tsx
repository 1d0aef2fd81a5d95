import { movePhase, type Phase, type PhaseId, removePhase, updatePhase } from "@samplan/shared/model";
import { useId, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { isMinutes } from "../../lib/chairTime.ts";
import { Icon } from "../Icon.tsx";
import { CommitField } from "./CommitField.tsx";

const SECTIONS = ["none", "goals", "observations", "round", "steps"] as const;

interface Props {
  doc: Y.Doc;
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
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const refocus = useRef<"up" | "down" | null>(null);
  const id = phase.id as PhaseId;

  // Moving re-orders the list under the pressed button; keep focus on it (or its twin at the ends).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the phase's place changed.
  useLayoutEffect(() => {
    const wanted = refocus.current;
    refocus.current = null;
    if (!wanted) return;
    const [first, second] = wanted === "up" ? [up.current, down.current] : [down.current, up.current];
    (first && !first.disabled ? first : second)?.focus();
  }, [index]);

  const move = (direction: "up" | "down") => {
    const to = direction === "up" ? index - 1 : index + 1;
    refocus.current = direction;
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
      <div className="item-controls phase-editor__controls">
        <button
          ref={up}
          type="button"
          className="icon-button"
          aria-label={t("chair.agenda.moveUp")}
          title={t("chair.agenda.moveUp")}
          aria-describedby={legendId}
          disabled={index === 0}
          onClick={() => move("up")}
        >
          <Icon name="up" />
        </button>
        <button
          ref={down}
          type="button"
          className="icon-button"
          aria-label={t("chair.agenda.moveDown")}
          title={t("chair.agenda.moveDown")}
          aria-describedby={legendId}
          disabled={index >= count - 1}
          onClick={() => move("down")}
        >
          <Icon name="down" />
        </button>
        <button
          type="button"
          className="icon-button icon-button--danger"
          aria-label={t("chair.agenda.remove")}
          title={isCurrent ? t("chair.agenda.cannotRemoveCurrent") : t("chair.agenda.remove")}
          aria-describedby={legendId}
          disabled={isCurrent}
          onClick={() => {
            removePhase(doc, id);
            announce(t("chair.agenda.removed", { title: phase.title }));
            onRemoved();
          }}
        >
          <Icon name="remove" />
        </button>
      </div>
    </li>
  );
}
