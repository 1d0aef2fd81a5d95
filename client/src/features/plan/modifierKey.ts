/** What the shortcuts' "Mod" is called on this device's keyboard. */
export function modifierKey(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl";
}
