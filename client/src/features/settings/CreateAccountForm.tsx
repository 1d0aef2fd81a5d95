import { type Account, CreateAccountBody } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { createAccount } from "../../api/accounts.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";
import type { NewAccountPassword } from "../session/signInMethods.ts";

type Field = "username" | "displayName" | "password";
const FIELDS: Field[] = ["displayName", "username", "password"];
const STAFF_ROLES = ["fagperson", "koordinator"] as const;

/**
 * Ny konto: a colleague who will sign in, as coordinator or as professional. `password` says
 * whether the account gets one (see newAccountPassword): with "optional" the coordinator may tick
 * "organisation's login only", and no password is sent, as with "none".
 */
export function CreateAccountForm({
  password,
  onCreated,
}: {
  password: NewAccountPassword;
  onCreated: (account: Account) => void;
}) {
  const { t } = useTranslation();
  const ids = {
    heading: useId(),
    username: useId(),
    displayName: useId(),
    password: useId(),
    oidcOnly: useId(),
    role: useId(),
    error: useId(),
  };
  const [values, setValues] = useState<Record<Field, string>>({ username: "", displayName: "", password: "" });
  const [role, setRole] = useState<(typeof STAFF_ROLES)[number]>("fagperson");
  const [oidcOnly, setOidcOnly] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const submission = useSubmission();
  const { busy, error, done } = submission;
  const withPassword = password === "required" || (password === "optional" && !oidcOnly);

  const messages: Record<Field, string> = {
    username: t("setup.usernameInvalid"),
    displayName: t("settings.displayNameRequired"),
    password: t("setup.passwordTooShort"),
  };

  const showFieldErrors = (invalid: Set<unknown>, texts: Partial<Record<Field, string>>) => {
    setFieldErrors(Object.fromEntries(FIELDS.filter((f) => invalid.has(f)).map((f) => [f, texts[f] ?? messages[f]])));
    const first = FIELDS.find((f) => invalid.has(f));
    if (first) document.getElementById(ids[first])?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    const { password: typed, ...rest } = values;
    const parsed = CreateAccountBody.safeParse(withPassword ? { ...rest, password: typed, role } : { ...rest, role });
    if (!parsed.success) {
      showFieldErrors(new Set(parsed.error.issues.map((issue) => issue.path[0])), {});
      return;
    }
    setFieldErrors({});
    await submission.run(
      async () => {
        const account = await createAccount(parsed.data);
        setValues({ username: "", displayName: "", password: "" });
        onCreated(account);
        return t("settings.created", { name: account.displayName });
      },
      // A password the rules refuse (too common, like the name) is told beside the field.
      (failure, message) => {
        const field = failure instanceof ApiFailure ? failure.issues[0]?.path : undefined;
        if (field !== "password" || !withPassword) return false;
        showFieldErrors(new Set([field]), { password: message });
        return true;
      },
    );
  };

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h3 id={ids.heading}>{t("settings.createHeading")}</h3>
      {password === "none" ? <p className="muted">{t("settings.allOidc")}</p> : null}
      <TextField
        id={ids.displayName}
        label={t("settings.displayName")}
        autoComplete="off"
        maxLength={80}
        value={values.displayName}
        error={fieldErrors.displayName}
        onChange={set("displayName")}
      />
      <TextField
        id={ids.username}
        label={t("settings.username")}
        hint={t("settings.usernameHint")}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={80}
        value={values.username}
        error={fieldErrors.username}
        onChange={set("username")}
      />
      {password === "optional" ? (
        <div className="field">
          <div className="field--checkbox">
            <input
              id={ids.oidcOnly}
              type="checkbox"
              checked={oidcOnly}
              aria-describedby={`${ids.oidcOnly}-hint`}
              onChange={(event) => {
                setOidcOnly(event.target.checked);
                setFieldErrors(({ password: _, ...others }) => others);
              }}
            />
            <label htmlFor={ids.oidcOnly}>{t("settings.oidcOnly")}</label>
          </div>
          <p id={`${ids.oidcOnly}-hint`} className="field__hint">
            {t("settings.oidcOnlyHint")}
          </p>
        </div>
      ) : null}
      {withPassword ? (
        <TextField
          id={ids.password}
          type="password"
          label={t("settings.password")}
          hint={t("settings.passwordHint")}
          autoComplete="new-password"
          maxLength={256}
          value={values.password}
          error={fieldErrors.password}
          onChange={set("password")}
        />
      ) : null}
      <div className="field">
        <label htmlFor={ids.role}>{t("settings.role")}</label>
        <select
          id={ids.role}
          value={role}
          onChange={(event) => setRole(event.target.value === "koordinator" ? "koordinator" : "fagperson")}
        >
          {STAFF_ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
      <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
        {t("settings.submit")}
      </BusyButton>
      <p className="form__done" aria-live="polite">
        {done}
      </p>
    </form>
  );
}
