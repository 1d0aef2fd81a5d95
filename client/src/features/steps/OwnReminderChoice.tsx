import type { OwnReminders } from "@samplan/shared/api";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { chooseReminders } from "../../api/stepLinks.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";

/**
 * The step's owner chooses, from their own link, whether Samplan reminds them by e-mail: the
 * choice is theirs, not only the coordinator's. Shown only when Samplan has an address for them
 * (which address is never shown on a page anyone with the link could open).
 */
export function OwnReminderChoice({ secret, initial }: { secret: string; initial: OwnReminders }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), error: useId() };
  const [reminders, setReminders] = useState(initial);
  const submission = useSubmission();
  if (!reminders.hasEmail) return null;
  const byEmail = reminders.channel === "email";

  const toggle = () =>
    submission.run(async () => {
      const chosen = await chooseReminders({ secret, reminders: byEmail ? "none" : "email" });
      setReminders(chosen);
      return chosen.channel === "email" ? t("stepLink.remindersOn") : t("stepLink.remindersOff");
    });

  return (
    <section className="card step-answer__reminders" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("stepLink.remindersHeading")}</h2>
      <p>{byEmail ? t("stepLink.remindersByEmail") : t("stepLink.remindersNone")}</p>
      <BusyButton type="button" className="button" onClick={toggle} busy={submission.busy} busyLabel={t("busy.saving")}>
        {byEmail ? t("stepLink.remindersStop") : t("stepLink.remindersStart")}
      </BusyButton>
      <div role="alert">{submission.error ? <FieldError id={ids.error}>{submission.error}</FieldError> : null}</div>
      <p className="form__done" aria-live="polite">
        {submission.done}
      </p>
    </section>
  );
}
