import { useId, useState } from "react";
import { FieldError } from "../../ui/FieldError.tsx";

interface Props {
  label: string;
  hint?: string;
  value: string;
  /** Why the draft cannot be written, or null when it can. */
  validate?: (draft: string) => string | null;
  onCommit: (value: string) => void;
  maxLength?: number;
  inputMode?: "numeric" | "text";
  className?: string;
}

/**
 * A field of the chair's document, written when you leave it or press Enter (not per keystroke),
 * so each change is one update for everyone. A draft that cannot be written stays in the field
 * with the reason under it; Escape goes back to what is in the document.
 */
export function CommitField({ label, hint, value, validate, onCommit, maxLength = 80, inputMode, className }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const next = draft.trim();
    const problem = validate?.(next) ?? null;
    setError(problem);
    if (problem) return;
    if (next !== value) onCommit(next);
    setDraft(null);
  };
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        inputMode={inputMode}
        maxLength={maxLength}
        value={draft ?? value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {/* Under the field, so the fields of a row line up whether or not they have a hint. */}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}
