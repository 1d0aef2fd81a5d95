import type { Account, PasswordResetIssued } from "@samplan/shared/api";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { deactivateAccount, endAccountSessions, issuePasswordReset, reactivateAccount } from "../../api/accounts.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { CreatedLink } from "../roster/CreatedLink.tsx";

/**
 * What a coordinator can do to a colleague's account: deactivate or reactivate it, sign it out
 * everywhere, or make a one-time link for a new password, shown this once.
 */
export function AccountActions({
  account,
  passwords,
  onChanged,
}: {
  account: Account;
  /** False when staff sign in here only through the organisation's login: no password can be set. */
  passwords: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<PasswordResetIssued | null>(null);
  const name = account.displayName;
  const errorId = useId();

  const run = async (action: () => Promise<unknown>, message: string, reload: boolean) => {
    setBusy(true);
    setDone(null);
    setError(null);
    try {
      await action();
      setDone(message);
      if (reload) onChanged();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="account-actions">
      <fieldset className="account-actions__buttons">
        <legend className="visually-hidden">{t("account.actionsFor", { name })}</legend>
        {account.active ? (
          <>
            <BusyButton
              type="button"
              className="button"
              busy={busy}
              busyLabel={t("busy.saving")}
              onClick={() => run(() => endAccountSessions(account.id), t("account.sessionsEnded", { name }), false)}
            >
              {t("account.endSessions")}
            </BusyButton>
            {passwords && (account.passwordSignIn || !account.oidcLinked) ? (
              <BusyButton
                type="button"
                className="button"
                busy={busy}
                busyLabel={t("busy.saving")}
                onClick={() => run(async () => setLink(await issuePasswordReset(account.id)), "", false)}
              >
                {t("account.resetPassword")}
              </BusyButton>
            ) : null}
            <BusyButton
              type="button"
              className="button"
              busy={busy}
              busyLabel={t("busy.saving")}
              onClick={() => run(() => deactivateAccount(account.id), t("account.deactivated", { name }), true)}
            >
              {t("account.deactivate")}
            </BusyButton>
          </>
        ) : (
          <BusyButton
            type="button"
            className="button"
            busy={busy}
            busyLabel={t("busy.saving")}
            onClick={() => run(() => reactivateAccount(account.id), t("account.reactivated", { name }), true)}
          >
            {t("account.reactivate")}
          </BusyButton>
        )}
      </fieldset>
      {link ? (
        <CreatedLink
          name={name}
          url={new URL(link.resetPath, window.location.origin).toString()}
          expiresAt={link.expiresAt}
          onDone={() => setLink(null)}
        />
      ) : null}
      <p aria-live="polite">{done}</p>
      <div role="alert">{error ? <FieldError id={errorId}>{error}</FieldError> : null}</div>
    </div>
  );
}
