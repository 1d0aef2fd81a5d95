import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";

const VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface Props {
  /** Unique on the page: the radio group's name. */
  name: string;
  legend: string;
  value: number | null;
  /** "Sidst: 4", when this person gave the goal a scale at the last meeting. */
  last: number | null;
  disabled?: boolean;
  /** The goal's own editor, so the group says which goal it is about. */
  describedBy?: string;
  onChange: (value: number) => void;
  onClear: () => void;
}

/**
 * 0–10 as a row of eleven large buttons. Underneath they are native radio buttons, so the group is
 * one tab stop, arrow keys move the choice and screen readers say "4, 5 af 11, valgt".
 */
export function ScaleInput({ name, legend, value, last, disabled, describedBy, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const legendId = useId();
  const endsId = useId();
  const lastId = useId();
  const first = useRef<HTMLInputElement>(null);
  return (
    <div
      role="radiogroup"
      aria-labelledby={legendId}
      aria-disabled={disabled ? true : undefined}
      className="scale-input"
      aria-describedby={[endsId, last !== null ? lastId : null, describedBy].filter(Boolean).join(" ")}
    >
      <p id={legendId} className="scale-input__legend">
        {legend}
      </p>
      <div className="scale-input__options">
        {VALUES.map((n) => (
          <label key={n} className="scale-input__option">
            <input
              ref={n === 0 ? first : undefined}
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              disabled={disabled}
              onChange={() => onChange(n)}
              className="scale-input__radio"
            />
            <span className="scale-input__face">{n}</span>
          </label>
        ))}
      </div>
      <div className="scale-input__ends" aria-hidden="true">
        <span>{t("scale.low")}</span>
        <span>{t("scale.high")}</span>
      </div>
      <p id={endsId} className="visually-hidden">
        {t("scale.ends")}
      </p>
      <div className="scale-input__footer">
        {last !== null ? (
          <span id={lastId} className="scale-input__last">
            {t("scale.last", { value: last })}
          </span>
        ) : null}
        {value !== null && !disabled ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              onClear();
              // The button goes with the value; back to the buttons, where one can choose again.
              first.current?.focus();
            }}
          >
            {t("scale.clear")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
