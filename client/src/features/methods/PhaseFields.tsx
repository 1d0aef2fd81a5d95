import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { EditedPhase } from "./editedMethod.ts";

interface Props {
  phase: EditedPhase;
  /** Its place on the agenda, from 1. */
  n: number;
  count: number;
  onChange: (phase: EditedPhase) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/**
 * One phase of the agenda being written: its name and the words the chair sees for it, moved up
 * and down by buttons (a keyboard reorders as well as a mouse), removed while more than one is left.
 */
export function PhaseFields({ phase, n, count, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const ids = { title: `${phase.key}-title`, purpose: useId() };
  return (
    <li className="card method-phase">
      <div className="field">
        <label htmlFor={ids.title}>{t("methods.phaseTitle", { n })}</label>
        <input
          id={ids.title}
          type="text"
          value={phase.title}
          maxLength={80}
          required
          onChange={(event) => onChange({ ...phase, title: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.purpose}>{t("methods.phasePurpose", { n })}</label>
        <textarea
          id={ids.purpose}
          value={phase.purpose}
          maxLength={500}
          rows={3}
          onChange={(event) => onChange({ ...phase, purpose: event.target.value })}
        />
      </div>
      <div className="method-phase__actions">
        <button
          type="button"
          className="button"
          id={`${phase.key}-up`}
          disabled={n === 1}
          aria-label={t("methods.moveUpLabel", { n })}
          onClick={() => onMove(-1)}
        >
          {t("methods.moveUp")}
        </button>
        <button
          type="button"
          className="button"
          id={`${phase.key}-down`}
          disabled={n === count}
          aria-label={t("methods.moveDownLabel", { n })}
          onClick={() => onMove(1)}
        >
          {t("methods.moveDown")}
        </button>
        <button
          type="button"
          className="button"
          disabled={count === 1}
          aria-label={t("methods.removeLabel", { n })}
          onClick={onRemove}
        >
          {t("methods.remove")}
        </button>
      </div>
    </li>
  );
}
