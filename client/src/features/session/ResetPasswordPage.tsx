import { CompletePasswordResetBody } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { completePasswordReset } from "../../api/session.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";

/**
 * "Vælg en ny adgangskode", from the one-time link a coordinator made. The code is after the #,
 * so it never reaches a server's log or a Referer header.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const ids = { heading: useId(), password: useId(), error: useId() };
  const code = new URLSearchParams(window.location.hash.replace(/^#/, "")).get("code") ?? "";
  const [password, setPassword] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t("account.resetTitle"));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const parsed = CompletePasswordResetBody.safeParse({ code, password });
    if (!parsed.success) {
      const badCode = parsed.error.issues.some((issue) => issue.path[0] === "code");
      if (badCode) setError(t("account.resetInvalid"));
      else setFieldError(t("setup.passwordTooShort"));
      document.getElementById(ids.password)?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    try {
      await completePasswordReset(parsed.data);
      setDone(true);
    } catch (failure) {
      if (failure instanceof ApiFailure && failure.code === "not_found") setError(t("account.resetInvalid"));
      else setFieldError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout narrow>
      <h1 id={ids.heading}>{t("account.resetTitle")}</h1>
      {done ? (
        <div className="card stack">
          <p aria-live="polite">{t("account.resetDone")}</p>
          <Link href="/sign-in" className="button button--primary">
            {t("account.toSignIn")}
          </Link>
        </div>
      ) : (
        <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
          <TextField
            id={ids.password}
            type="password"
            label={t("account.newPassword")}
            hint={t("setup.passwordHint")}
            autoComplete="new-password"
            maxLength={256}
            value={password}
            error={fieldError}
            onChange={setPassword}
          />
          <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
          <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
            {t("account.resetSubmit")}
          </BusyButton>
        </form>
      )}
    </Layout>
  );
}
