import { useTranslation } from "react-i18next";
import { Icon } from "../../ui/Icon.tsx";
import type { Undo } from "./useUndo.ts";

/** Undo and redo of your last change to the plan, words or lists: the same history as Ctrl+Z. */
export function UndoControls({ undo }: { undo: Undo }) {
  const { t } = useTranslation();
  return (
    <div className="undo-controls">
      <button type="button" className="button" disabled={!undo.canUndo} onClick={undo.undo} title={t("undo.undoHint")}>
        <Icon name="undo" />
        {t("undo.undo")}
      </button>
      <button type="button" className="button" disabled={!undo.canRedo} onClick={undo.redo} title={t("undo.redoHint")}>
        <Icon name="redo" />
        {t("undo.redo")}
      </button>
    </div>
  );
}
