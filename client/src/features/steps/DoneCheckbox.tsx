import { useId } from "react";
import { useTranslation } from "react-i18next";

/** The step is done. Label after the box, where people expect it next to a checkbox. */
export function DoneCheckbox({ checked, onChange }: { checked: boolean; onChange: (done: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{t("fields.done")}</label>
    </div>
  );
}
