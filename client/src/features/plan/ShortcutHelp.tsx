import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useModalDialog } from "../../ui/useModalDialog.ts";
import { modifierKey } from "./modifierKey.ts";
import { onShortcutHelpAsked } from "./shortcutHelpOpening.ts";

// The shortcuts that work in an item's text (planItemText.ts), in the order the help lists them.
const SHORTCUTS = [
  "bold",
  "italic",
  "bulletList",
  "orderedList",
  "dash",
  "lineBreak",
  "endList",
  "indent",
  "undo",
  "redo",
  "toToolbar",
  "backToText",
  "help",
] as const;

function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * The keyboard shortcuts of the plan's texts, opened with "?" anywhere on the meeting page except
 * in something one types in (where "?" is a question mark), or with the toolbar's "?" button.
 */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { dialog, cancel } = useModalDialog(open);
  const titleId = useId();
  const mod = modifierKey();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    document.addEventListener("keydown", onKeyDown);
    const stop = onShortcutHelpAsked(() => setOpen(true));
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      stop();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog shortcut-help"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        setOpen(false);
      }}
    >
      <div className="dialog__content">
        <h2 id={titleId}>{t("formatting.helpTitle")}</h2>
        <p>{t("formatting.helpIntro")}</p>
        <dl className="shortcut-help__list">
          {SHORTCUTS.map((shortcut) => (
            <div key={shortcut} className="shortcut-help__row">
              <dt>
                <kbd>{t(`formatting.keys.${shortcut}`, { mod })}</kbd>
              </dt>
              <dd>{t(`formatting.does.${shortcut}`)}</dd>
            </div>
          ))}
        </dl>
        <div className="dialog__actions">
          <button ref={cancel} type="button" className="button" onClick={() => setOpen(false)}>
            {t("formatting.close")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
