import { type ButtonHTMLAttributes, type MouseEvent, useEffect, useState } from "react";

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Waiting for the server: the button does nothing more, but keeps its focus. */
  busy: boolean;
  /** What the pressed button says meanwhile: "Gemmer…", "Henter…". */
  busyLabel: string;
}

/**
 * A button that waits for the server (issue 19). While busy it is aria-disabled, not disabled: a
 * disabled button drops the keyboard's and the screen reader's focus to the page's start, and she
 * has to find her place again. A click (or Enter in the form) meanwhile is held back here, so the
 * request still goes once. Of several buttons sharing one wait, the one she pressed says what is
 * happening. Native `disabled` stays for a button that may not be used yet at all.
 */
export function BusyButton({ busy, busyLabel, children, onClick, type = "button", ...attributes }: Props) {
  const [pressed, setPressed] = useState(false);
  useEffect(() => {
    if (!busy) setPressed(false);
  }, [busy]);
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) {
      event.preventDefault();
      return;
    }
    setPressed(true);
    onClick?.(event);
  };
  return (
    <button {...attributes} type={type} aria-disabled={busy || undefined} onClick={click}>
      {busy && pressed ? busyLabel : children}
    </button>
  );
}
