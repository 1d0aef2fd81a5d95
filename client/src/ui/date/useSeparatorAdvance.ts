import { type FocusEvent, type KeyboardEvent, useRef } from "react";

const SEPARATORS = new Set([".", "-", "/", ","]);

/**
 * Lets a date be typed as people write it, "3.12.2026" as well as "03.12.2026": a separator after
 * a part begun by hand moves on to the next part. React Aria moves on by itself only once a part
 * is full, and ignores separators, so "3.12" would otherwise become the 31st. A separator that
 * just follows its own moving on (after "03") is let pass.
 */
export function useSeparatorAdvance() {
  const typed = useRef(false);
  return {
    onFocusCapture: (_event: FocusEvent<HTMLElement>) => {
      typed.current = false;
    },
    onKeyDownCapture: (event: KeyboardEvent<HTMLElement>) => {
      if (/^\d$/.test(event.key)) typed.current = true;
      if (!SEPARATORS.has(event.key)) return;
      const parts = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="spinbutton"]')];
      const at = parts.indexOf(event.target as HTMLElement);
      if (at < 0 || !typed.current) return;
      event.preventDefault();
      parts[at + 1]?.focus();
    },
  };
}
