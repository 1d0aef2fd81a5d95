import type { StepLinkView } from "@samplan/shared/api";
import { StepAnswer } from "@samplan/shared/vocabulary";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { answerStep, openStepLink } from "../../api/stepLinks.ts";
import { localeFor } from "../../i18n/index.ts";
import { formatCalendarDate } from "../../ui/calendarDate.ts";
import { DateField } from "../../ui/DateField.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { Layout } from "../../ui/Layout.tsx";
import { useDocumentTitle } from "../../ui/useDocumentTitle.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import { useSubmission } from "../../ui/useSubmission.ts";
import { DeadlineCalendar } from "./DeadlineCalendar.tsx";
import { OwnReminderChoice } from "./OwnReminderChoice.tsx";
import "./stepAnswer.css";
import { BusyButton } from "../../ui/BusyButton.tsx";

/** Why a link opens nothing, in the words its owner is shown. */
type RefusalKey = "stepLink.invalid" | "stepLink.expired" | "stepLink.revoked" | "stepLink.consent" | "stepLink.gone";

function refusalKey(error: unknown): RefusalKey {
  if (!(error instanceof ApiFailure)) return "stepLink.invalid";
  switch (error.code) {
    case "step_link_expired":
      return "stepLink.expired";
    case "step_link_revoked":
      return "stepLink.revoked";
    case "consent_required":
      return "stepLink.consent";
    case "not_found":
      return "stepLink.gone";
    default:
      return "stepLink.invalid";
  }
}

/**
 * "Hvordan går det?": the owner of one next step answers from her personal link, on her phone,
 * without signing in. One tap says how it is going; a sentence and a date are hers to add or not.
 * The secret stays after the # of the address: it is sent in the request's body, never in a URL.
 */
export function StepAnswerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("stepLink.documentTitle"));
  const secret = window.location.hash.replace(/^#/, "");
  const [found, reload] = useResource(`step-link:${secret}`, () =>
    secret ? openStepLink(secret) : Promise.reject(new Error("no secret")),
  );
  return (
    <Layout narrow>
      <div className="step-answer">
        <h1>{t("stepLink.title")}</h1>
        {!secret ? <p className="notice notice--error">{t("stepLink.missing")}</p> : null}
        {secret && found.status === "loading" ? <p className="muted">{t("stepLink.loading")}</p> : null}
        {secret && found.status === "error" ? (
          <p className="notice notice--error" role="alert">
            {t(refusalKey(found.error))}
          </p>
        ) : null}
        {found.status === "ready" ? <StepAnswerForm secret={secret} view={found.data} onAnswered={reload} /> : null}
      </div>
    </Layout>
  );
}

function StepAnswerForm({ secret, view, onAnswered }: { secret: string; view: StepLinkView; onAnswered: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = localeFor(i18n.resolvedLanguage);
  const ids = { question: useId(), note: useId(), error: useId() };
  const [answer, setAnswer] = useState<StepAnswer | null>(null);
  const [note, setNote] = useState("");
  const [happenedOn, setHappenedOn] = useState<string | null>(null);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    if (!answer) {
      submission.fail(t("stepLink.answerRequired"));
      document.getElementById(`${ids.question}-${StepAnswer.options[0]}`)?.focus();
      return;
    }
    await submission.run(async () => {
      await answerStep({ secret, answer, note: note.trim(), happenedOn });
      setAnswer(null);
      setNote("");
      setHappenedOn(null);
      onAnswered();
      return t("stepLink.thanks");
    });
  };

  return (
    <>
      <p className="lead">{t("stepLink.intro")}</p>
      <section className="card step-answer__step" aria-labelledby={`${ids.question}-step`}>
        <h2 id={`${ids.question}-step`}>{t("stepLink.step")}</h2>
        <p className="step-answer__text">{view.step.text}</p>
        <dl className="step-answer__facts">
          {view.step.goal ? (
            <>
              <dt>{t("stepLink.goal")}</dt>
              <dd>{view.step.goal}</dd>
            </>
          ) : null}
          {view.step.dueDate ? (
            <>
              <dt>{t("stepLink.due")}</dt>
              <dd>{formatCalendarDate(view.step.dueDate, locale)}</dd>
            </>
          ) : null}
        </dl>
        <p className="muted">{t("stepLink.meeting", { title: view.meetingTitle })}</p>
      </section>
      <form className="card form step-answer__form" onSubmit={submit} noValidate>
        <fieldset aria-describedby={submission.error ? ids.error : undefined}>
          <legend id={ids.question}>{t("stepLink.question")}</legend>
          <div className="step-answer__choices">
            {StepAnswer.options.map((option) => (
              <label key={option} className="step-answer__choice">
                <input
                  id={`${ids.question}-${option}`}
                  type="radio"
                  name="answer"
                  value={option}
                  checked={answer === option}
                  onChange={() => setAnswer(option)}
                />
                <span>{t(`steps.answers.${option}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor={ids.note}>{t("stepLink.note")}</label>
          <textarea id={ids.note} rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <DateField label={t("stepLink.happenedOn")} value={happenedOn} onChange={setHappenedOn} />
        <div role="alert">{submission.error ? <FieldError id={ids.error}>{submission.error}</FieldError> : null}</div>
        <BusyButton
          type="submit"
          className="button button--primary button--large"
          busy={submission.busy}
          busyLabel={t("busy.sending")}
        >
          {t("stepLink.send")}
        </BusyButton>
        <p className="form__done" aria-live="polite">
          {submission.done}
        </p>
      </form>
      {view.updates.length > 0 ? (
        <section aria-labelledby={`${ids.question}-earlier`}>
          <h2 id={`${ids.question}-earlier`}>{t("stepLink.earlier")}</h2>
          <ul className="step-answer__earlier">
            {[...view.updates].reverse().map((update) => (
              <li key={update.at}>
                <strong>{t(`steps.answers.${update.answer}`)}</strong>
                {update.note ? ` – ${update.note}` : null}
                <span className="muted">
                  {" "}
                  ({t("steps.answeredBy", { name: update.writtenBy, date: format.dateTime(update.at) })})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <OwnReminderChoice secret={secret} initial={view.reminders} />
      <DeadlineCalendar secret={secret} />
    </>
  );
}
