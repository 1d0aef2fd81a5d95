import type { Case } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { createCase } from "../../api/desk.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";

/** Opret forløb: all it takes is the name the citizen wants to be called. */
export function CreateCaseForm({ onCreated }: { onCreated: (created: Case) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const nameId = useId();
  const hintId = useId();
  const errorId = useId();
  const [name, setName] = useState("");
  const submission = useSubmission();
  const { busy, error, done } = submission;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    if (!name.trim()) {
      submission.fail(t("start.citizenNameRequired"));
      document.getElementById(nameId)?.focus();
      return;
    }
    await submission.run(async () => {
      const created = await createCase({ citizenName: name.trim() });
      setName("");
      onCreated(created);
      return t("start.created", { name: created.citizenName });
    });
  };

  return (
    <form className="card form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId}>{t("start.formHeading")}</h2>
      <div className="field">
        <label htmlFor={nameId}>{t("start.citizenName")}</label>
        <p id={hintId} className="field__hint">
          {t("start.citizenNameHint")}
        </p>
        <input
          id={nameId}
          type="text"
          autoComplete="off"
          maxLength={120}
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div role="alert">{error ? <FieldError id={errorId}>{error}</FieldError> : null}</div>
      <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
        {t("start.submit")}
      </BusyButton>
      <p className="form__done" aria-live="polite">
        {done}
      </p>
    </form>
  );
}
