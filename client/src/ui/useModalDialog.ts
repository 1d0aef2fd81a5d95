import { useEffect, useRef } from "react";

/**
 * Shows a <dialog> as a modal while `open` is true, with focus on its cancel button, the choice
 * that changes nothing. The browser then traps focus, makes the page behind inert, and returns
 * focus to what opened it when the dialog closes. `onOpen` runs each time it opens (to clear a
 * form left from last time).
 */
export function useModalDialog(open: boolean, onOpen?: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opened = useRef(onOpen);
  opened.current = onOpen;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opened.current?.();
      element.showModal();
      cancel.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return { dialog, cancel };
}
