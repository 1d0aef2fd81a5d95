import { SetupBody } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Redirect } from "wouter";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { setup } from "../../api/session.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { PageLoading } from "../../ui/PageLoading.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { signInMethods } from "./signInMethods.ts";
import { useSession } from "./useSession.ts";

type Field = "setupCode" | "username" | "displayName" | "password";
const FIELDS: Field[] = ["setupCode", "username", "displayName", "password"];

/** The very first visit: the person with the setup code from the server becomes the first coordinator. */
export function SetupPage() {
  const { t } = useTranslation();
  const { state, setSession, retry } = useSession();
  const ids = {
    setupCode: useId(),
    username: useId(),
    displayName: useId(),
    password: useId(),
    heading: useId(),
    error: useId(),
  };
  const [values, setValues] = useState<Record<Field, string>>({
    setupCode: "",
    username: "",
    displayName: "",
    password: "",
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t("setup.title"));

  if (state.status === "loading") return <PageLoading />;
  if (state.status === "signedIn") return <Redirect to="/" replace />;
  if (state.status === "signedOut" && !state.auth.setupRequired) return <Redirect to="/sign-in" replace />;
  // With password sign-in off the server refuses a password here: the first coordinator, like
  // everyone, signs in through the organisation's login, found by username or e-mail address.
  const withPassword = signInMethods(state.status === "signedOut" ? state.auth : null).password;

  const messages: Record<Field, string> = {
    setupCode: t("setup.setupCodeRequired"),
    username: t("setup.usernameInvalid"),
    displayName: t("setup.displayNameRequired"),
    password: t("setup.passwordTooShort"),
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // The shared schema decides what is valid; the words are ours, in the reader's language.
    const { password: _, ...withoutPassword } = values;
    const parsed = SetupBody.safeParse(withPassword ? values : withoutPassword);
    if (!parsed.success) {
      const invalid = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      const next = Object.fromEntries(FIELDS.filter((f) => invalid.has(f)).map((f) => [f, messages[f]]));
      setFieldErrors(next);
      const first = FIELDS.find((f) => invalid.has(f));
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      setSession(await setup(parsed.data));
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiFailure && (failure.status === 401 || failure.status === 403)) {
        setFieldErrors({ setupCode: t("setup.wrongCode") });
        document.getElementById(ids.setupCode)?.focus();
      } else if (failure instanceof ApiFailure && failure.code === "conflict") {
        setError(t("setup.alreadyDone"));
      } else {
        setError(errorMessage(failure, t));
      }
    }
  };

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <Layout narrow>
      <h1 id={ids.heading}>{t("setup.title")}</h1>
      {state.status === "error" ? <LoadFailure error={state.error} retry={retry} /> : null}
      <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
        <p className="muted">{t("setup.intro")}</p>
        {withPassword ? null : <p>{t("setup.oidcOnlyIntro")}</p>}
        <TextField
          id={ids.setupCode}
          label={t("setup.setupCode")}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          value={values.setupCode}
          error={fieldErrors.setupCode}
          onChange={set("setupCode")}
        />
        <TextField
          id={ids.username}
          label={t("setup.username")}
          hint={withPassword ? t("setup.usernameHint") : `${t("setup.usernameHintOidc")} ${t("setup.usernameHint")}`}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={80}
          value={values.username}
          error={fieldErrors.username}
          onChange={set("username")}
        />
        <TextField
          id={ids.displayName}
          label={t("setup.displayName")}
          hint={t("setup.displayNameHint")}
          autoComplete="name"
          maxLength={80}
          value={values.displayName}
          error={fieldErrors.displayName}
          onChange={set("displayName")}
        />
        {withPassword ? (
          <TextField
            id={ids.password}
            type="password"
            label={t("setup.password")}
            hint={t("setup.passwordHint")}
            autoComplete="new-password"
            minLength={12}
            maxLength={256}
            value={values.password}
            error={fieldErrors.password}
            onChange={set("password")}
          />
        ) : null}
        <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
        <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
          {t("setup.submit")}
        </BusyButton>
      </form>
    </Layout>
  );
}
