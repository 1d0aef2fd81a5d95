import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { CommitField } from "../../ui/CommitField.tsx";

interface Props {
  value: string;
  /** Names of the people in the meeting who could take the step. */
  participants: string[];
  onChange: (owner: string) => void;
}

const OTHER = "\u0000other";

/**
 * Who takes the step: the citizen, someone in the room, or anyone else by name (a colleague who
 * is not at the meeting). A name that is not in the room any more stays a choice, so opening the
 * list never silently changes the owner.
 */
export function OwnerField({ value, participants, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [typing, setTyping] = useState(false);
  const names = [...new Set([...participants, ...(value && value !== CITIZEN_OWNER ? [value] : [])])].sort((a, b) =>
    a.localeCompare(b),
  );

  return (
    <>
      <div className="field">
        <label htmlFor={id}>{t("fields.owner")}</label>
        <select
          id={id}
          value={typing ? OTHER : value}
          onChange={(event) => {
            if (event.target.value === OTHER) return setTyping(true);
            setTyping(false);
            onChange(event.target.value);
          }}
        >
          <option value="">{t("fields.ownerNone")}</option>
          <option value={CITIZEN_OWNER}>{t("fields.ownerCitizen")}</option>
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value={OTHER}>{t("fields.ownerOther")}</option>
        </select>
      </div>
      {typing ? (
        <CommitField
          label={t("fields.ownerOtherName")}
          value=""
          autoFocus
          onCommit={(name) => {
            setTyping(false);
            if (name) onChange(name);
          }}
        />
      ) : null}
    </>
  );
}
