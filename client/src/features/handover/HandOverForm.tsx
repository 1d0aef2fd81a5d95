import { HANDOVER_NOTE_MAX } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { handOverCase, listCoordinators } from "../../api/handover.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useResource } from "../../ui/useResource.ts";
import { useSubmission } from "../../ui/useSubmission.ts";
import { usePrincipal } from "../session/usePrincipal.ts";

/**
 * The coordinator gives the case to a colleague, with a note of what matters most. She is told
 * before she sends it that the case then leaves her; once it has, she goes back to her own cases.
 */
export function HandOverForm({ caseId, citizenName }: { caseId: string; citizenName: string }) {
  const { t } = useTranslation();
  const principal = usePrincipal();
  const [, navigate] = useLocation();
  const [coordinators, reload] = useResource("coordinators", listCoordinators);
  const [toAccountId, setToAccountId] = useState("");
  const [note, setNote] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ to?: string; note?: string }>({});
  const submission = useSubmission();
  const ids = { to: useId(), note: useId(), hint: useId(), consequence: useId() };

  if (coordinators.status === "error") return <LoadFailure error={coordinators.error} retry={reload} />;
  if (coordinators.status === "loading") return <p className="muted">{t("app.loading")}</p>;
  const colleagues = coordinators.data.coordinators.filter(
    (c) => principal.kind !== "staff" || c.accountId !== principal.accountId,
  );
  if (colleagues.length === 0) return <p>{t("handover.noColleagues")}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = colleagues.find((colleague) => colleague.accountId === toAccountId);
    const errors = {
      to: chosen ? undefined : t("handover.chooseFirst"),
      note: note.trim() ? undefined : t("handover.noteRequired"),
    };
    setFieldErrors(errors);
    if (!chosen || errors.note) {
      document.getElementById(errors.to ? ids.to : ids.note)?.focus();
      return;
    }
    await submission.run(async () => {
      await handOverCase(caseId, { toAccountId: chosen.accountId, note });
      // The case is no longer hers: back to the cases she still has.
      navigate("/", { replace: true });
      return null;
    });
  };

  return (
    <form className="stack handover-form__form" onSubmit={submit} noValidate>
      <p>{t("handover.formIntro")}</p>
      <div className="field">
        <label htmlFor={ids.to}>{t("handover.to")}</label>
        <select
          id={ids.to}
          value={toAccountId}
          aria-invalid={fieldErrors.to ? true : undefined}
          aria-describedby={fieldErrors.to ? `${ids.to}-error` : undefined}
          onChange={(event) => setToAccountId(event.target.value)}
        >
          <option value="">{t("handover.choose")}</option>
          {colleagues.map((colleague) => (
            <option key={colleague.accountId} value={colleague.accountId}>
              {colleague.name}
            </option>
          ))}
        </select>
        {fieldErrors.to ? <FieldError id={`${ids.to}-error`}>{fieldErrors.to}</FieldError> : null}
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t("handover.note")}</label>
        <p id={ids.hint} className="field__hint">
          {t("handover.noteHint", { name: citizenName, max: HANDOVER_NOTE_MAX })}
        </p>
        <textarea
          id={ids.note}
          rows={5}
          maxLength={HANDOVER_NOTE_MAX}
          value={note}
          aria-invalid={fieldErrors.note ? true : undefined}
          aria-describedby={[ids.hint, fieldErrors.note ? `${ids.note}-error` : null].filter(Boolean).join(" ")}
          onChange={(event) => setNote(event.target.value)}
        />
        {fieldErrors.note ? <FieldError id={`${ids.note}-error`}>{fieldErrors.note}</FieldError> : null}
      </div>
      <p id={ids.consequence} className="notice handover-form__consequence">
        {t("handover.consequence")}
      </p>
      <div role="alert">
        {submission.error ? <FieldError id={`${ids.to}-form`}>{submission.error}</FieldError> : null}
      </div>
      <div>
        <BusyButton
          type="submit"
          className="button button--primary"
          aria-describedby={ids.consequence}
          busy={submission.busy}
          busyLabel={t("busy.saving")}
        >
          {t("handover.submit")}
        </BusyButton>
      </div>
    </form>
  );
}
