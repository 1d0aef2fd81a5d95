import { type FormEvent, type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "./BusyButton.tsx";
import { useModalDialog } from "./useModalDialog.ts";

interface Props {
  open: boolean;
  title: string;
  body: string;
  /** What went wrong when it was sent, said where she is looking. */
  error: string | null;
  submitLabel: string;
  danger?: boolean;
  /** Sent and waiting for the server: kept from being sent twice, with its focus (BusyButton). */
  busy?: boolean;
  /** Until it may be sent (a name typed out). */
  disabled?: boolean;
  /** Runs each time it opens: to clear what was left from last time. */
  onOpen?: () => void;
  onSubmit: () => void;
  onCancel: () => void;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * A choice that needs a few fields before it is made ("Læs forløbet: hvorfor?", "Giv forløbet
 * videre", "Slet forløbet"), as a modal <dialog> holding a form: like ConfirmDialog, the browser
 * traps focus, makes the page behind inert, closes on Escape and returns focus to what opened it,
 * and focus starts on Annuller, the choice that changes nothing.
 */
export function FormDialog({
  open,
  title,
  body,
  error,
  submitLabel,
  danger,
  busy = false,
  disabled,
  onOpen,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const { t } = useTranslation();
  const { dialog, cancel } = useModalDialog(open, onOpen);
  const titleId = useId();
  const bodyId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="dialog__content" onSubmit={submit} noValidate>
        <h2 id={titleId}>{title}</h2>
        <p id={bodyId}>{body}</p>
        {children}
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <BusyButton
            type="submit"
            className={danger ? "button button--danger" : "button button--primary"}
            disabled={disabled}
            busy={busy}
            busyLabel={t("busy.saving")}
          >
            {submitLabel}
          </BusyButton>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {t("app.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
