import { RelationKind, type Role } from "@samplan/shared/vocabulary";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "../../ui/FieldError.tsx";
import { TextField } from "../../ui/TextField.tsx";

export interface TableRoleValues {
  relationKind: RelationKind;
  relationLabel: string;
  adultConfirmed: boolean;
}

export type TableRoleErrors = Partial<Record<"relationLabel" | "adultConfirmed", string>>;

interface Props {
  role: Role;
  values: TableRoleValues;
  errors: TableRoleErrors;
  /** The citizen's first name, for the example of how the person will be shown. */
  citizenName: string;
  ids: { relationLabel: string; adultConfirmed: string };
  onChange: (values: Partial<TableRoleValues>) => void;
}

/**
 * What a role at the table asks beyond a name: how one of her own people is hers, or the
 * coordinator's word that an interpreter is an adult (the server refuses an interpreter without it).
 */
export function TableRoleFields({ role, values, errors, citizenName, ids, onChange }: Props) {
  const { t } = useTranslation();
  const kindId = useId();
  if (role === "netvaerk") {
    const first = citizenName.trim().split(/\s+/)[0] ?? "";
    const example = `${/[sxz]$/i.test(first) ? `${first}'` : `${first}s`} ${values.relationLabel.trim() || t("tableRoles.exampleRelation")}`;
    return (
      <>
        <div className="field">
          <label htmlFor={kindId}>{t("tableRoles.relationKind")}</label>
          <select
            id={kindId}
            value={values.relationKind}
            onChange={(event) => {
              const kind = RelationKind.safeParse(event.target.value);
              if (kind.success) onChange({ relationKind: kind.data });
            }}
          >
            {RelationKind.options.map((kind) => (
              <option key={kind} value={kind}>
                {t(`tableRoles.relationKinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={ids.relationLabel}
          label={t("tableRoles.relationLabel")}
          hint={t("tableRoles.relationLabelHint", { example })}
          autoComplete="off"
          maxLength={40}
          value={values.relationLabel}
          error={errors.relationLabel ?? null}
          onChange={(relationLabel) => onChange({ relationLabel })}
        />
      </>
    );
  }
  if (role === "tolk") {
    const hintId = `${ids.adultConfirmed}-hint`;
    const errorId = `${ids.adultConfirmed}-error`;
    return (
      <div className="field">
        <div className="field--checkbox">
          <input
            id={ids.adultConfirmed}
            type="checkbox"
            checked={values.adultConfirmed}
            aria-invalid={errors.adultConfirmed ? true : undefined}
            aria-describedby={[hintId, errors.adultConfirmed ? errorId : null].filter(Boolean).join(" ")}
            onChange={(event) => onChange({ adultConfirmed: event.target.checked })}
          />
          <label htmlFor={ids.adultConfirmed}>{t("tableRoles.adultConfirmed")}</label>
        </div>
        <p id={hintId} className="field__hint">
          {t("tableRoles.adultConfirmedHint")}
        </p>
        {errors.adultConfirmed ? <FieldError id={errorId}>{errors.adultConfirmed}</FieldError> : null}
      </div>
    );
  }
  return null;
}
