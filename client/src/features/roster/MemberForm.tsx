import {
  type LifeArea,
  MailLanguage,
  parseRole,
  type ReminderChannel,
  ROLES,
  type Role,
  STAFF_MAIL_LANGUAGES,
} from "@samplan/shared/vocabulary";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";
import { type TableRoleErrors, TableRoleFields, type TableRoleValues } from "./TableRoleFields.tsx";
import { WorkAreaFields } from "./WorkAreaFields.tsx";

export interface MemberValues extends TableRoleValues {
  name: string;
  role: Role;
  organisation: string;
  profession: string;
  /** The life areas the coordinator said they work with; null: read from profession and organisation. */
  areas: LifeArea[] | null;
  accountUsername: string;
  /** Where invitations and reminders go; empty for none. */
  email: string;
  reminders: ReminderChannel;
  language: MailLanguage;
}

interface Props {
  heading: string;
  submitLabel: string;
  initial?: Partial<MemberValues>;
  /** ids of the <datalist>s with the vocabulary's organisations and professions. */
  organisationList: string;
  professionList: string;
  /** Only when adding: linking a staff account is not something the update body can do. */
  withAccount?: boolean;
  /** Resolves with the "done" message; throws to show the server's refusal. */
  onSubmit: (values: MemberValues) => Promise<string>;
  onCancel?: () => void;
  /** Editing starts in the name field; adding waits for the person to go there. */
  focusOnMount?: boolean;
  /** The citizen's name: her own people are shown as hers. */
  citizenName?: string;
}

const EMPTY: MemberValues = {
  name: "",
  role: "fagperson",
  organisation: "",
  profession: "",
  areas: null,
  accountUsername: "",
  email: "",
  reminders: "email",
  language: "da",
  relationKind: "familie",
  relationLabel: "",
  adultConfirmed: false,
};

/** Name, role, organisation and profession of a person on the roster, to add or to change. */
export function MemberForm({
  heading,
  submitLabel,
  initial,
  organisationList,
  professionList,
  withAccount = false,
  onSubmit,
  onCancel,
  focusOnMount = false,
  citizenName = "",
}: Props) {
  const { t } = useTranslation();
  const ids = { heading: useId(), name: useId(), role: useId(), reminders: useId(), language: useId(), error: useId() };
  const roleIds = { relationLabel: useId(), adultConfirmed: useId() };
  const [roleErrors, setRoleErrors] = useState<TableRoleErrors>({});
  const [values, setValues] = useState<MemberValues>({ ...EMPTY, ...initial });
  const [nameError, setNameError] = useState(false);
  const submission = useSubmission();
  const { busy, error, done } = submission;

  // Only when the form appears for editing: focus follows the person's "Rediger".
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the form appears.
  useEffect(() => {
    if (focusOnMount) document.getElementById(ids.name)?.focus();
  }, []);

  const set = (field: keyof MemberValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    submission.reset();
    // One of her own people may go by how they are hers alone ("Sørens bror").
    const nameMissing = !values.name.trim() && values.role !== "netvaerk";
    const errors: TableRoleErrors = {
      ...(values.role === "netvaerk" && !values.relationLabel.trim()
        ? { relationLabel: t("tableRoles.relationLabelRequired") }
        : {}),
      ...(values.role === "tolk" && !values.adultConfirmed ? { adultConfirmed: t("tableRoles.adultRequired") } : {}),
    };
    setNameError(nameMissing);
    setRoleErrors(errors);
    const firstWrong = nameMissing
      ? ids.name
      : errors.relationLabel
        ? roleIds.relationLabel
        : errors.adultConfirmed
          ? roleIds.adultConfirmed
          : null;
    if (firstWrong) {
      document.getElementById(firstWrong)?.focus();
      return;
    }
    await submission.run(async () => {
      const message = await onSubmit({
        name: values.name.trim(),
        role: values.role,
        organisation: values.organisation.trim(),
        profession: values.profession.trim(),
        areas: values.areas,
        accountUsername: values.accountUsername.trim(),
        email: values.email.trim(),
        reminders: values.reminders,
        language: values.language,
        relationKind: values.relationKind,
        relationLabel: values.relationLabel.trim(),
        adultConfirmed: values.adultConfirmed,
      });
      if (!initial) setValues(EMPTY);
      return message;
    });
  };

  const staff = values.role === "koordinator" || values.role === "fagperson";

  return (
    <form className="form member-form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h3 id={ids.heading}>{heading}</h3>
      <div className="form__grid">
        <TextField
          id={ids.name}
          label={t("roster.name")}
          hint={values.role === "netvaerk" ? t("tableRoles.ownNameHint") : undefined}
          autoComplete="off"
          maxLength={80}
          value={values.name}
          error={nameError ? t("roster.nameRequired") : null}
          onChange={set("name")}
        />
        <div className="field">
          <label htmlFor={ids.role}>{t("roster.role")}</label>
          <select
            id={ids.role}
            value={values.role}
            onChange={(event) => set("role")(parseRole(event.target.value) ?? values.role)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <TableRoleFields
          role={values.role}
          values={values}
          errors={roleErrors}
          citizenName={citizenName}
          ids={roleIds}
          onChange={(changed) => setValues((current) => ({ ...current, ...changed }))}
        />
        <TextField
          label={t("roster.organisation")}
          hint={t("roster.organisationHint")}
          autoComplete="off"
          list={organisationList}
          maxLength={120}
          value={values.organisation}
          onChange={set("organisation")}
        />
        <TextField
          label={t("roster.profession")}
          hint={t("roster.professionHint")}
          autoComplete="off"
          list={professionList}
          maxLength={80}
          value={values.profession}
          onChange={set("profession")}
        />
        {staff ? (
          <WorkAreaFields
            areas={values.areas}
            profession={values.profession}
            organisation={values.organisation}
            onChange={(areas) => setValues((current) => ({ ...current, areas }))}
          />
        ) : null}
        <TextField
          label={t("roster.email")}
          hint={t("roster.emailHint")}
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={254}
          value={values.email}
          onChange={set("email")}
        />
        <div className="field">
          <label htmlFor={ids.reminders}>{t("roster.reminders")}</label>
          <select
            id={ids.reminders}
            value={values.reminders}
            onChange={(event) => set("reminders")(event.target.value === "none" ? "none" : "email")}
          >
            <option value="email">{t("roster.remindersEmail")}</option>
            <option value="none">{t("roster.remindersNone")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.language}>{t("roster.language")}</label>
          <select
            id={ids.language}
            value={values.language}
            onChange={(event) => {
              const language = MailLanguage.safeParse(event.target.value);
              if (language.success) set("language")(language.data);
            }}
          >
            {/* Each language in its own words, as the language switch shows them. The citizen may
                have her e-mails in any language of her view; staff are written to in Danish or English. */}
            {(values.role === "borger" ? MailLanguage.options : STAFF_MAIL_LANGUAGES).map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`app.languageNames.${language}`)}
              </option>
            ))}
          </select>
        </div>
        {withAccount && staff ? (
          <TextField
            label={t("roster.accountUsername")}
            hint={t("roster.accountUsernameHint")}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={80}
            value={values.accountUsername}
            onChange={set("accountUsername")}
          />
        ) : null}
      </div>
      <div role="alert">{error ? <FieldError id={ids.error}>{error}</FieldError> : null}</div>
      <div className="form__actions">
        <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
          {submitLabel}
        </BusyButton>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t("app.cancel")}
          </button>
        ) : null}
      </div>
      <p className="form__done" aria-live="polite">
        {done}
      </p>
    </form>
  );
}
