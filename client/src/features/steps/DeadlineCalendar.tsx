import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { createCalendarFeed } from "../../api/stepLinks.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { FieldError } from "../../ui/FieldError.tsx";
import { useSubmission } from "../../ui/useSubmission.ts";

/**
 * "Dine frister i din kalender": the step's owner makes a secret calendar address of their own
 * deadlines, to add to their calendar as a subscription. Shown once; making it again replaces it.
 * The events name only the meeting, so the calendar holds nothing of the plan.
 */
export function DeadlineCalendar({ secret }: { secret: string }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), address: useId(), hint: useId(), error: useId() };
  const [address, setAddress] = useState<string | null>(null);
  const submission = useSubmission();

  const make = () =>
    submission.run(async () => {
      const feed = await createCalendarFeed(secret);
      // webcal:// makes phones and calendar programs offer to subscribe.
      setAddress(new URL(feed.path, window.location.origin).href.replace(/^https?:/, "webcal:"));
      return t("stepLink.calendarMade");
    });

  return (
    <section className="card step-answer__calendar" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("stepLink.calendarHeading")}</h2>
      <p id={ids.hint}>{t("stepLink.calendarIntro")}</p>
      {address ? (
        <div className="field">
          <label htmlFor={ids.address}>{t("stepLink.calendarAddress")}</label>
          <input
            id={ids.address}
            type="text"
            readOnly
            value={address}
            aria-describedby={ids.hint}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p>
            <a href={address}>{t("stepLink.calendarOpen")}</a>
          </p>
        </div>
      ) : null}
      <BusyButton type="button" className="button" onClick={make} busy={submission.busy} busyLabel={t("busy.fetching")}>
        {address ? t("stepLink.calendarAgain") : t("stepLink.calendarMake")}
      </BusyButton>
      <div role="alert">{submission.error ? <FieldError id={ids.error}>{submission.error}</FieldError> : null}</div>
      <p className="form__done" aria-live="polite">
        {submission.done}
      </p>
    </section>
  );
}
