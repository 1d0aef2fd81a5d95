import { ChangePasswordBody } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { changeOwnPassword } from "../../api/accounts.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";

type Field = "currentPassword" | "newPassword";
const FIELDS: Field[] = ["currentPassword", "newPassword"];

/** Skift din adgangskode: the current one proves it is you; every other device is signed out. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const ids = { heading: useId(), currentPassword: useId(), newPassword: useId(), error: useId() };
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: "", newPassword: "" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const submission = useSubmission();
  const { busy, error, done } = submission;

  const messages: Record<Field, string> = {
    currentPassword: t("account.currentPasswordRequired"),
    newPassword: t("setup.passwordTooShort"),
  };

  const showFieldErrors = (invalid: Set<unknown>, texts: Partial<Record<Field, string>>) => {
    setFieldErrors(Object.fromEntries(FIELDS.filter((f) => invalid.has(f)).map((f) => [f, texts[f] ?? messages[f]])));
    const first = FIELDS.find((f) => invalid.has(f));
    if (first) document.getElementById(ids[first])?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    const parsed = ChangePasswordBody.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(new Set(parsed.error.issues.map((issue) => issue.path[0])), {});
      return;
    }
    setFieldErrors({});
    await submission.run(
      async () => {
        await changeOwnPassword(parsed.data);
        setValues({ currentPassword: "", newPassword: "" });
        return t("account.changed");
      },
      (failure, message) => {
        const field = failure instanceof ApiFailure ? failure.issues[0]?.path : undefined;
        if (field === "currentPassword")
          showFieldErrors(new Set([field]), { currentPassword: t("account.wrongCurrent") });
        else if (field === "newPassword") showFieldErrors(new Set([field]), { newPassword: message });
        else return false;
        return true;
      },
    );
  };

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  return (
    <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h3 id={ids.heading}>{t("account.changeHeading")}</h3>
      <TextField
        id={ids.currentPassword}
        type="password"
        label={t("account.currentPassword")}
        autoComplete="current-password"
        maxLength={256}
        value={values.currentPassword}
        error={fieldErrors.currentPassword}
        onChange={set("currentPassword")}
      />
      <TextField
        id={ids.newPassword}
        type="password"
        label={t("account.newPassword")}
        hint={t("setup.passwordHint")}
        autoComplete="new-password"
        maxLength={256}
        value={values.newPassword}
        error={fieldErrors.newPassword}
        onChange={set("newPassword")}
      />
      <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
      <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
        {t("account.changeSubmit")}
      </BusyButton>
      <p className="form__done" aria-live="polite">
        {done}
      </p>
    </form>
  );
}
