import { useId, useState } from "react";

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  maxLength?: number;
  autoFocus?: boolean;
}

/**
 * A text field that writes to the shared document when you leave it (or press Enter), not per
 * keystroke: every write is one step on the undo stack and one update for everyone. While you
 * type, your draft wins; otherwise it shows what is in the document.
 */
export function CommitTextInput({ label, value, onCommit, maxLength = 120, autoFocus = false }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() !== value) onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        maxLength={maxLength}
        // Only ever set right after the person chose "another name", so focus follows their choice.
        // biome-ignore lint/a11y/noAutofocus: see above.
        autoFocus={autoFocus}
        value={draft ?? value}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
          if (event.key === "Escape") setDraft(null);
        }}
      />
    </div>
  );
}
