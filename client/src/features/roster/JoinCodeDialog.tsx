import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { useNow } from "../../ui/useNow.ts";
import { formatCode } from "../session/joinHash.ts";
import { useQrCode } from "./useQrCode.ts";

interface Props {
  name: string;
  code: string;
  /** The full /join#code=… address the QR code opens. */
  url: string;
  expiresAt: string;
  /** The person has turned up in the meeting: the code did its job. */
  joined: boolean;
  busy: boolean;
  onNewCode: () => void;
  onClose: () => void;
}

function minutesAndSeconds(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * The join code on the coordinator's screen, large enough to read across a table, with a QR code
 * for the tablet's camera and the minutes it has left. A modal <dialog>, so the screen can be
 * turned towards the citizen without the meeting behind it getting in the way.
 */
export function JoinCodeDialog({ name, code, url, expiresAt, joined, busy, onNewCode, onClose }: Props) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const now = useNow(1000);
  const qr = useQrCode(url);
  const left = new Date(expiresAt).getTime() - now;
  const expired = left <= 0;
  const joinAddress = `${window.location.host}/join`;

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog dialog--code"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__content">
        <h2 id={titleId}>{t("invite.codeTitle", { name })}</h2>
        {joined ? (
          <p className="notice notice--success" role="status">
            {t("invite.joined", { name })}
          </p>
        ) : expired ? (
          <p className="notice notice--error" role="alert">
            {t("invite.codeExpired")}
          </p>
        ) : (
          <>
            <p>{t("invite.codeIntro")}</p>
            <div className="join-code">
              <p className="join-code__code">
                <span className="visually-hidden">{t("invite.codeLabel")}: </span>
                <span className="join-code__value">{formatCode(code)}</span>
              </p>
              {qr ? (
                <img className="join-code__qr" src={qr} alt={t("invite.qrAlt", { name })} width="240" height="240" />
              ) : null}
            </div>
            <p className="muted">{t("invite.codeWhere", { url: joinAddress })}</p>
            <p className="join-code__time">{t("invite.timeLeft", { time: minutesAndSeconds(left) })}</p>
          </>
        )}
        <div className="dialog__actions">
          {expired && !joined ? (
            <BusyButton
              type="button"
              className="button button--primary"
              onClick={onNewCode}
              busy={busy}
              busyLabel={t("busy.fetching")}
            >
              {t("invite.newCode")}
            </BusyButton>
          ) : null}
          <button type="button" className="button" onClick={onClose}>
            {t("app.close")}
          </button>
        </div>
      </div>
    </dialog>
  );
}
