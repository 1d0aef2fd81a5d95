import { Role } from "@samplan/shared/model";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Identity } from "../hooks/useIdentity.ts";
import { FieldError } from "./FieldError.tsx";

interface Props {
  open: boolean;
  initial: Identity | null;
  onSave: (identity: Pick<Identity, "name" | "role">) => void;
  /** Left out when there is no identity yet: then the meeting cannot be shown without one. */
  onCancel?: () => void;
}

/**
 * "Hvem er du?" as a modal <dialog>: the browser traps focus, makes the page behind inert, gives
 * Escape and returns focus on close, all of which a hand-made overlay would have to imitate.
 */
export function IdentityDialog({ open, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const introId = useId();
  const nameId = useId();
  const roleId = useId();
  const errorId = useId();
  const [name, setName] = useState(initial?.name ?? "");
  const [role, setRole] = useState<Role>(initial?.role ?? "fagperson");
  const [showError, setShowError] = useState(false);

  // Kept mounted and opened with showModal(), so that close() hands focus back to whatever opened it.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setName(initial?.name ?? "");
      setRole(initial?.role ?? "fagperson");
      setShowError(false);
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open, initial]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setShowError(true);
      document.getElementById(nameId)?.focus();
      return;
    }
    onSave({ name: name.trim(), role });
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
      onCancel={(event) => {
        if (onCancel) onCancel();
        else event.preventDefault();
      }}
      onClose={() => {
        // Chrome lets a second Escape close a dialog even if cancel was prevented; without an
        // identity the meeting cannot go on, so the question comes straight back.
        if (open && !onCancel && dialog.current && !dialog.current.open) dialog.current.showModal();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{t("identity.title")}</h2>
        <p id={introId}>{t("identity.intro")}</p>
        <div className="field">
          <label htmlFor={nameId}>{t("identity.name")}</label>
          <input
            id={nameId}
            type="text"
            autoComplete="name"
            maxLength={80}
            value={name}
            aria-invalid={showError && !name.trim()}
            aria-describedby={showError && !name.trim() ? errorId : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {showError && !name.trim() ? <FieldError id={errorId}>{t("identity.nameRequired")}</FieldError> : null}
        </div>
        <div className="field">
          <label htmlFor={roleId}>{t("identity.role")}</label>
          <select id={roleId} value={role} onChange={(event) => setRole(Role.parse(event.target.value))}>
            {Role.options.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="dialog__actions">
          <button type="submit" className="button button--primary">
            {t("identity.submit")}
          </button>
          {onCancel ? (
            <button type="button" className="button" onClick={onCancel}>
              {t("identity.cancel")}
            </button>
          ) : null}
        </div>
      </form>
    </dialog>
  );
}
