import { useId } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "./BusyButton.tsx";
import { useModalDialog } from "./useModalDialog.ts";

interface Props {
  open: boolean;
  title: string;
  body: string;
  /** A second paragraph, e.g. what will be recorded in the activity log. */
  detail?: string;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A question that needs an answer before going on ("Fjern Peter Lund?", "Inviter alligevel?"), as
 * a modal <dialog>: the browser traps focus, makes the page behind inert, closes on Escape and
 * returns focus to what opened it. Focus starts on Annuller, the choice that changes nothing.
 */
export function ConfirmDialog({ open, title, body, detail, confirmLabel, danger, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { dialog, cancel } = useModalDialog(open);
  const titleId = useId();
  const bodyId = useId();

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
      <div className="dialog__content">
        <h2 id={titleId}>{title}</h2>
        <div id={bodyId}>
          <p>{body}</p>
          {detail ? <p className="muted">{detail}</p> : null}
        </div>
        <div className="dialog__actions">
          <BusyButton
            type="button"
            className={danger ? "button button--danger" : "button button--primary"}
            onClick={onConfirm}
            busy={busy ?? false}
            busyLabel={t("busy.saving")}
          >
            {confirmLabel}
          </BusyButton>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {t("app.cancel")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
