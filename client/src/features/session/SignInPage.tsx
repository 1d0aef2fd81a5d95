import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Redirect, useSearch } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { OIDC_START_PATH, signIn } from "../../api/session.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { PageLoading } from "../../ui/PageLoading.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { homeOf, safeNext } from "./principal.ts";
import { signInMethods } from "./signInMethods.ts";
import { useSession } from "./useSession.ts";

type Field = "username" | "password";

export function SignInPage() {
  const { t } = useTranslation();
  const { state, setSession, retry } = useSession();
  const params = new URLSearchParams(useSearch());
  const next = safeNext(params.get("next"));
  const ids = { username: useId(), password: useId(), error: useId(), heading: useId() };
  const [values, setValues] = useState<Record<Field, string>>({ username: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t("signIn.title"));

  if (state.status === "loading") return <PageLoading />;
  if (state.status === "signedIn") return <Redirect to={next ?? homeOf(state.principal)} replace />;
  if (state.status === "signedOut" && state.auth.setupRequired) return <Redirect to="/setup" replace />;

  const methods = signInMethods(state.status === "signedOut" ? state.auth : null);
  // The server sends the browser back here with ?error=… when a sign-in through the organisation's
  // login did not end in a session; each reason is told in words, with what to do about it.
  const oidcError = params.get("error");
  const problem =
    oidcError === "oidc"
      ? t(methods.password ? "signIn.oidcFailed" : "signIn.oidcFailedOnly")
      : oidcError === "oidc-no-account"
        ? t("signIn.oidcNoAccount")
        : oidcError === "oidc-deactivated"
          ? t("signIn.oidcDeactivated")
          : null;
  const notice =
    !problem && state.status === "signedOut" && state.ended?.kind === "staff"
      ? state.ended.idleMinutes
        ? t("signIn.idleSignedOut", { minutes: state.ended.idleMinutes })
        : state.ended.code
          ? t("signIn.sessionEnded")
          : t("signIn.signedOut")
      : null;
  // A plain link: the identity provider's page is a full navigation, not a request.
  const oidcButton = (
    <a className={methods.password ? "button" : "button button--primary"} href={OIDC_START_PATH}>
      {t("signIn.oidc")}
    </a>
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!values.username.trim()) missing.username = t("signIn.usernameRequired");
    if (!values.password) missing.password = t("signIn.passwordRequired");
    setFieldErrors(missing);
    setError(null);
    const first = (Object.keys(missing) as Field[])[0];
    if (first) {
      document.getElementById(ids[first])?.focus();
      return;
    }
    setBusy(true);
    try {
      setSession(await signIn({ username: values.username.trim(), password: values.password }));
    } catch (failure) {
      setBusy(false);
      setValues((current) => ({ ...current, password: "" }));
      setError(failure instanceof ApiFailure && failure.status === 401 ? t("signIn.wrong") : errorMessage(failure, t));
      document.getElementById(ids.password)?.focus();
    }
  };

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <Layout narrow>
      <h1 id={ids.heading}>{t("signIn.title")}</h1>
      {state.status === "error" ? <LoadFailure error={state.error} retry={retry} /> : null}
      {problem ? (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      {notice ? (
        <p className="notice notice--info" role="status">
          {notice}
        </p>
      ) : null}
      {methods.password ? (
        <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
          <p className="muted">{t("signIn.intro")}</p>
          <TextField
            id={ids.username}
            label={t("signIn.username")}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={80}
            value={values.username}
            error={fieldErrors.username}
            onChange={set("username")}
          />
          <TextField
            id={ids.password}
            type="password"
            label={t("signIn.password")}
            autoComplete="current-password"
            maxLength={256}
            value={values.password}
            error={fieldErrors.password}
            onChange={set("password")}
          />
          <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
          <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.sending")}>
            {t("signIn.submit")}
          </BusyButton>
          {methods.oidc ? (
            <>
              <p className="form__or">{t("signIn.or")}</p>
              {oidcButton}
            </>
          ) : null}
        </form>
      ) : methods.oidc ? (
        <div className="card form">
          <p>{t("signIn.oidcOnlyIntro")}</p>
          {oidcButton}
        </div>
      ) : (
        <p className="notice notice--error">{t("signIn.noMethod")}</p>
      )}
      <p>
        {t("signIn.guestHint")} <Link href="/join">{t("signIn.guestLink")}</Link>
      </p>
    </Layout>
  );
}
