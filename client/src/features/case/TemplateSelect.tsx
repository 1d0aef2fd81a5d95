import { STANDARD_TEMPLATE_ID } from "@samplan/shared/api";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { getMeetingTemplates } from "../../api/methods.ts";
import { useResource } from "../../ui/useResource.ts";

interface Props {
  value: string;
  onChange: (templateId: string) => void;
}

/**
 * Mødeform: the method the meeting's agenda starts from (issue 20 part 5). Until the list has
 * come, or if it cannot come, the standard network meeting is the one offered: the server uses it
 * when nothing is chosen.
 */
export function TemplateSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const ids = { select: useId(), hint: useId() };
  const [templates] = useResource("meeting-templates", getMeetingTemplates);
  const list = templates.status === "ready" ? templates.data.templates : [];
  const chosen = list.find((template) => template.id === value);
  return (
    <div className="field">
      <label htmlFor={ids.select}>{t("templates.label")}</label>
      <select
        id={ids.select}
        value={value}
        aria-describedby={ids.hint}
        onChange={(event) => onChange(event.target.value)}
      >
        {list.length === 0 ? <option value={STANDARD_TEMPLATE_ID}>{t("templates.standard")}</option> : null}
        {list.map((template) => (
          <option key={template.id} value={template.id}>
            {template.name}
          </option>
        ))}
      </select>
      <p id={ids.hint} className="field__hint">
        {chosen
          ? t("templates.hint", {
              description: chosen.description,
              phases: chosen.phases.map((p) => p.title).join(" · "),
            })
          : t("templates.standardHint")}
      </p>
    </div>
  );
}
