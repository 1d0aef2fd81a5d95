/**
 * How another person's caret is drawn inside an editor. Unlike TipTap's default, the name is not
 * a text node but CSS generated content (see editor.css), and the caret is hidden from assistive
 * technology: otherwise the name becomes part of the item's text for screen readers, for copying
 * and for anything that reads the editor's textContent.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === "string" ? user.color : "transparent";
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = color;
  const label = document.createElement("span");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = color;
  label.dataset.name = typeof user.name === "string" ? user.name : "";
  caret.append(label);
  return caret;
}
