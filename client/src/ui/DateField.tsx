import { useId, useState } from "react";

interface Props {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
}

// Typing a year digit by digit passes through 0002, 0020, 0202 before 2026; those are valid
// dates to the browser but only noise (and undo steps) to everyone else in the meeting.
function plausible(value: string): boolean {
  return value === "" || Number(value.slice(0, 4)) >= 1900;
}

/** A calendar day (YYYY-MM-DD) or none, written as soon as it is a plausible date. */
export function DateField({ label, value, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (next: string) => {
    setDraft(null);
    if ((next || null) !== value) onChange(next || null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        min="1900-01-01"
        max="2999-12-31"
        value={draft ?? value ?? ""}
        onChange={(event) =>
          plausible(event.target.value) ? commit(event.target.value) : setDraft(event.target.value)
        }
        onBlur={() => draft !== null && commit(plausible(draft) ? draft : (value ?? ""))}
      />
    </div>
  );
}
