import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { closeMeeting } from "../../api/record.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { TimeField } from "../../ui/TimeField.tsx";
import { useModalDialog } from "../../ui/useModalDialog.ts";

interface Props {
  meetingId: string;
  /** Called once the server has closed the meeting. */
  onClosed: () => void;
}

/**
 * "Afslut møde": a modal question that optionally takes the next meeting's date and time, then
 * closes the meeting on the server. Focus starts on Annuller, the choice that changes nothing.
 */
export function CloseMeetingButton({ meetingId, onClosed }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [nextDate, setNextDate] = useState<string | null>(null);
  const [nextTime, setNextTime] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { dialog, cancel } = useModalDialog(open);
  const titleId = useId();
  const bodyId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // The next meeting is optional, but half of it (a day without a time, or the other way) is a slip.
    if (nextDate && !nextTime) return setError(t("dateTime.timeRequired"));
    if (!nextDate && nextTime) return setError(t("dateTime.dateRequired"));
    setBusy(true);
    try {
      // Read as a time here, in the coordinator's own time zone, and sent as an instant.
      const nextMeetingAt = nextDate ? new Date(`${nextDate}T${nextTime}`).toISOString() : null;
      await closeMeeting(meetingId, nextMeetingAt);
      setOpen(false);
      onClosed();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        {t("record.close")}
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onCancel={(event) => {
          event.preventDefault();
          setOpen(false);
        }}
      >
        <form className="dialog__content" onSubmit={submit}>
          <h2 id={titleId}>{t("record.closeTitle")}</h2>
          <p id={bodyId}>{t("record.closeBody")}</p>
          <div className="form__row">
            <DateField
              label={t("record.nextMeeting")}
              hint={t("record.nextMeetingHint")}
              value={nextDate}
              onChange={setNextDate}
              error={error}
            />
            <TimeField label={t("dateTime.time")} value={nextTime} onChange={setNextTime} />
          </div>
          <div className="dialog__actions">
            <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
              {t("record.closeConfirm")}
            </BusyButton>
            <button ref={cancel} type="button" className="button" onClick={() => setOpen(false)}>
              {t("app.cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
