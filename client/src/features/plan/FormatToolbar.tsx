import { type Editor, useEditorState } from "@tiptap/react";
import { type KeyboardEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import { modifierKey } from "./modifierKey.ts";
import { openShortcutHelp } from "./shortcutHelpOpening.ts";

type Format = "bold" | "italic" | "bulletList" | "orderedList";
const FORMATS: readonly Format[] = ["bold", "italic", "bulletList", "orderedList"];

function toggle(editor: Editor, format: Format): void {
  const chain = editor.chain().focus();
  if (format === "bold") chain.toggleBold().run();
  else if (format === "italic") chain.toggleItalic().run();
  else if (format === "bulletList") chain.toggleBulletList().run();
  else chain.toggleOrderedList().run();
}

/** Where Alt+F10 in the text goes: the toolbar's button that has the tab stop. */
export function focusToolbar(editorId: string): boolean {
  const button = document.getElementById(`${editorId}-toolbar`)?.querySelector<HTMLElement>('[tabindex="0"]');
  button?.focus();
  return Boolean(button);
}

/**
 * Bold, italic, bullet list, numbered list, and the shortcut help: what an item's text may hold
 * (planItemText.ts). One tab stop; the arrow keys, Home and End move between the buttons (the
 * ARIA toolbar pattern), Escape goes back to the text. A button pressed with the mouse leaves the
 * focus and the selection in the text.
 */
export function FormatToolbar({ editor, editorId, label }: { editor: Editor; editorId: string; label: string }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
    }),
  });
  const count = FORMATS.length + 1;
  const moveTo = (index: number) => {
    const next = (index + count) % count;
    setCurrent(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    if (step) moveTo(current + step);
    else if (event.key === "Home") moveTo(0);
    else if (event.key === "End") moveTo(count - 1);
    else if (event.key === "Escape") editor.commands.focus();
    else return;
    event.preventDefault();
  };
  const keep = (event: { preventDefault: () => void }) => event.preventDefault();

  return (
    <div
      id={`${editorId}-toolbar`}
      role="toolbar"
      aria-label={t("formatting.toolbar", { label })}
      aria-controls={editorId}
      className="format-toolbar"
      onKeyDown={onKeyDown}
    >
      {FORMATS.map((format, index) => (
        <button
          key={format}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          className={`format-toolbar__button format-toolbar__button--${format}`}
          tabIndex={index === current ? 0 : -1}
          aria-pressed={active?.[format] ?? false}
          aria-label={t(`formatting.${format}`)}
          title={t(`formatting.${format}Hint`, { mod: modifierKey() })}
          onMouseDown={keep}
          onFocus={() => setCurrent(index)}
          onClick={() => toggle(editor, format)}
        >
          {format === "bold" || format === "italic" ? (
            <span aria-hidden="true">{t(`formatting.${format}Letter`)}</span>
          ) : (
            <Icon name={format} />
          )}
        </button>
      ))}
      <button
        ref={(element) => {
          buttons.current[FORMATS.length] = element;
        }}
        type="button"
        className="format-toolbar__button format-toolbar__button--help"
        tabIndex={current === FORMATS.length ? 0 : -1}
        aria-label={t("formatting.shortcuts")}
        aria-haspopup="dialog"
        onMouseDown={keep}
        onFocus={() => setCurrent(FORMATS.length)}
        onClick={openShortcutHelp}
      >
        <span aria-hidden="true">?</span>
      </button>
    </div>
  );
}
