import type { Consent, Member } from "@samplan/shared/api";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { recordConsent } from "../../api/consent.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { CheckboxGroup } from "../../ui/CheckboxGroup.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { todayLocal } from "../../ui/dates.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";

interface Props {
  caseId: string;
  members: Member[];
  organisations: string[];
  onRecorded: (consent: Consent) => void;
}

type Problem = "purpose" | "cover" | "date" | "validUntil" | null;

/** Registrer samtykke: for what, covering whom (people and/or organisations), given when. */
export function RecordConsentForm({ caseId, members, organisations, onRecorded }: Props) {
  const { t } = useTranslation();
  const ids = {
    heading: useId(),
    purpose: useId(),
    date: useId(),
    validUntil: useId(),
    cover: useId(),
    error: useId(),
  };
  const [purpose, setPurpose] = useState("");
  const [memberIds, setMemberIds] = useState<Set<string>>(new Set());
  const [chosenOrganisations, setChosenOrganisations] = useState<Set<string>>(new Set());
  const [givenAt, setGivenAt] = useState(todayLocal);
  // Empty: until withdrawn.
  const [validUntil, setValidUntil] = useState("");
  const [problem, setProblem] = useState<Problem>(null);
  const submission = useSubmission();
  const { busy, error, done } = submission;

  const fail = (next: Problem, focus: string) => {
    setProblem(next);
    document.getElementById(focus)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    if (!purpose.trim()) return fail("purpose", ids.purpose);
    const coveredMembers = members.filter((m) => memberIds.has(m.id)).map((m) => m.id);
    const coveredOrganisations = organisations.filter((o) => chosenOrganisations.has(o));
    if (coveredMembers.length + coveredOrganisations.length === 0) {
      return fail("cover", ids.cover);
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(givenAt)) return fail("date", ids.date);
    if (validUntil !== "" && (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil) || validUntil < givenAt)) {
      return fail("validUntil", ids.validUntil);
    }
    setProblem(null);
    await submission.run(async () => {
      const consent = await recordConsent(caseId, {
        purpose: purpose.trim(),
        memberIds: coveredMembers,
        organisations: coveredOrganisations,
        givenAt,
        validUntil: validUntil === "" ? null : validUntil,
      });
      setPurpose("");
      setMemberIds(new Set());
      setChosenOrganisations(new Set());
      setGivenAt(todayLocal());
      setValidUntil("");
      onRecorded(consent);
      return t("consent.recorded");
    });
  };

  return (
    <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h3 id={ids.heading}>{t("consent.formHeading")}</h3>
      <TextField
        id={ids.purpose}
        label={t("consent.purpose")}
        hint={t("consent.purposeHint")}
        autoComplete="off"
        maxLength={500}
        value={purpose}
        error={problem === "purpose" ? t("consent.purposeRequired") : null}
        onChange={setPurpose}
      />
      <div className="form__columns" id={ids.cover} tabIndex={-1}>
        <CheckboxGroup
          legend={t("consent.people")}
          // The consent is the citizen's own, and it is the coordinator's service that holds it: it
          // is about sharing with the others.
          options={members
            .filter((m) => m.role !== "borger" && m.role !== "koordinator")
            .map((m) => ({ value: m.id, label: m.name }))}
          selected={memberIds}
          onChange={setMemberIds}
          empty={t("consent.noPeople")}
          describedBy={problem === "cover" ? ids.error : undefined}
        />
        <CheckboxGroup
          legend={t("consent.organisations")}
          options={organisations.map((o) => ({ value: o, label: o }))}
          selected={chosenOrganisations}
          onChange={setChosenOrganisations}
          empty={t("consent.noOrganisations")}
          describedBy={problem === "cover" ? ids.error : undefined}
        />
      </div>
      <DateField
        id={ids.date}
        label={t("consent.givenAt")}
        min="1900-01-01"
        max={todayLocal()}
        value={givenAt || null}
        error={problem === "date" ? t("consent.dateRequired") : null}
        onChange={(date) => setGivenAt(date ?? "")}
      />
      <DateField
        id={ids.validUntil}
        label={t("consent.validUntil")}
        hint={t("consent.validUntilHint")}
        min={givenAt || undefined}
        value={validUntil || null}
        error={problem === "validUntil" ? t("consent.validUntilInvalid") : null}
        onChange={(date) => setValidUntil(date ?? "")}
      />
      <div role="alert">
        {problem === "cover" ? <FieldError id={ids.error}>{t("consent.coverRequired")}</FieldError> : null}
        {error ? <FieldError id={`${ids.error}-server`}>{error}</FieldError> : null}
      </div>
      <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
        {t("consent.submit")}
      </BusyButton>
      <p className="form__done" aria-live="polite">
        {done}
      </p>
    </form>
  );
}
