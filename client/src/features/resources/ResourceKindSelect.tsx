import { ResourceKind } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  value: ResourceKind | null;
  onChange: (kind: ResourceKind | null) => void;
}

/** Person, place, habit or strength; left unchosen until someone says. */
export function ResourceKindSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t("resources.kind.label")}</label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(event) => {
          const kind = ResourceKind.safeParse(event.target.value);
          onChange(kind.success ? kind.data : null);
        }}
      >
        <option value="">{t("resources.kind.none")}</option>
        {ResourceKind.options.map((kind) => (
          <option key={kind} value={kind}>
            {t(`resources.kind.${kind}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
