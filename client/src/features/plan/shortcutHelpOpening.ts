/**
 * The toolbar's "?" button opens the shortcut help, which lives once on the meeting page
 * (ShortcutHelp.tsx) while toolbars come and go with the editors: the page listens here.
 */
const EVENT = "samplan:shortcut-help";

export function openShortcutHelp(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `open` when a toolbar asks for the help; returns how to stop. */
export function onShortcutHelpAsked(open: () => void): () => void {
  window.addEventListener(EVENT, open);
  return () => window.removeEventListener(EVENT, open);
}
