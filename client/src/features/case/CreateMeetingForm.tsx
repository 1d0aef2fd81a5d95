import { type Meeting, RemoteUrl, STANDARD_TEMPLATE_ID } from "@samplan/shared/api";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { createMeeting } from "../../api/meetings.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { localStartsAt } from "../../ui/dates.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { TimeField } from "../../ui/TimeField.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";
import { TemplateSelect } from "./TemplateSelect.tsx";

type Field = "title" | "date" | "time" | "place" | "remoteUrl";

/** Opret møde: a title and when it starts, in the planner's own time zone. */
export function CreateMeetingForm({ caseId, onCreated }: { caseId: string; onCreated: (created: Meeting) => void }) {
  const { t } = useTranslation();
  const ids = {
    heading: useId(),
    title: useId(),
    date: useId(),
    time: useId(),
    place: useId(),
    remoteUrl: useId(),
    error: useId(),
  };
  const [values, setValues] = useState<Record<Field, string>>({
    title: "",
    date: "",
    time: "",
    place: "",
    remoteUrl: "",
  });
  const [templateId, setTemplateId] = useState<string>(STANDARD_TEMPLATE_ID);
  const [invalid, setInvalid] = useState<Field | null>(null);
  const submission = useSubmission();
  const { busy, error, done } = submission;
  // One key per meeting being planned: kept while the same form is sent again after a failure (the
  // first request may have reached the server), so the server never plans the meeting twice.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const fail = (field: Field | null, message: string) => {
    setInvalid(field);
    submission.fail(message);
    if (field) document.getElementById(ids[field])?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    if (!values.title.trim()) return fail("title", t("case.meetingTitleRequired"));
    if (!values.date) return fail("date", t("case.dateRequired"));
    const startsAt = values.time ? localStartsAt(values.date, values.time) : null;
    if (!startsAt)
      return fail(values.time ? "date" : "time", values.time ? t("case.dateRequired") : t("case.timeRequired"));
    const remoteUrl = values.remoteUrl.trim();
    // The server's own rule for a video link, so the form and the API never disagree.
    if (!RemoteUrl.safeParse(remoteUrl).success) {
      return fail("remoteUrl", t("case.remoteUrlInvalid"));
    }
    setInvalid(null);
    await submission.run(async () => {
      const body = { title: values.title.trim(), startsAt, place: values.place.trim(), remoteUrl, templateId };
      const json = JSON.stringify(body);
      if (attempt.current?.body !== json) attempt.current = { body: json, key: crypto.randomUUID() };
      const { key } = attempt.current;
      // A lost answer is retried once at once, with the same key.
      const created = await createMeeting(caseId, body, key).catch((failure: unknown) => {
        if (failure instanceof ApiFailure && failure.code === "network") return createMeeting(caseId, body, key);
        throw failure;
      });
      attempt.current = null;
      setValues({ title: "", date: "", time: "", place: "", remoteUrl: "" });
      setTemplateId(STANDARD_TEMPLATE_ID);
      onCreated(created);
      return t("case.created", { title: created.title });
    });
  };

  const input = (field: Field, type: string, label: string) => (
    <div className="field">
      <label htmlFor={ids[field]}>{label}</label>
      <input
        id={ids[field]}
        type={type}
        autoComplete="off"
        maxLength={type === "text" ? 160 : undefined}
        value={values[field]}
        aria-invalid={invalid === field ? true : undefined}
        aria-describedby={invalid === field ? ids.error : undefined}
        onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
      />
    </div>
  );

  return (
    <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h2 id={ids.heading}>{t("case.formHeading")}</h2>
      <p className="muted">{t("progress.carryOverHint")}</p>
      {input("title", "text", t("case.meetingTitle"))}
      <TemplateSelect value={templateId} onChange={setTemplateId} />
      <div className="form__row">
        <DateField
          id={ids.date}
          label={t("case.date")}
          value={values.date || null}
          invalid={invalid === "date"}
          describedBy={invalid === "date" ? ids.error : undefined}
          onChange={(date) => setValues((current) => ({ ...current, date: date ?? "" }))}
        />
        <TimeField
          id={ids.time}
          label={t("case.time")}
          value={values.time}
          invalid={invalid === "time"}
          describedBy={invalid === "time" ? ids.error : undefined}
          onChange={(time) => setValues((current) => ({ ...current, time }))}
        />
      </div>
      <TextField
        id={ids.place}
        label={t("case.place")}
        hint={t("case.placeHint")}
        autoComplete="off"
        maxLength={200}
        value={values.place}
        onChange={(place) => setValues((current) => ({ ...current, place }))}
      />
      <TextField
        id={ids.remoteUrl}
        label={t("case.remoteUrl")}
        hint={t("case.remoteUrlHint")}
        type="url"
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        value={values.remoteUrl}
        error={invalid === "remoteUrl" ? t("case.remoteUrlInvalid") : null}
        onChange={(remoteUrl) => setValues((current) => ({ ...current, remoteUrl }))}
      />
      <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
      <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
        {t("case.submit")}
      </BusyButton>
      <p className="form__done" aria-live="polite">
        {done}
      </p>
    </form>
  );
}
