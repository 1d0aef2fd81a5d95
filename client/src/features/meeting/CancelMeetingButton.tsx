import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { cancelMeeting } from "../../api/meetings.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";

/**
 * "Aflys mødet", for a meeting that has not begun: after a question, the meeting is gone from the
 * case and everyone who got an invitation gets a calendar cancellation. Back to the case after.
 */
export function CancelMeetingButton({
  meetingId,
  caseId,
  title,
}: {
  meetingId: string;
  caseId: string;
  title: string;
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await cancelMeeting(meetingId);
      setOpen(false);
      navigate(`/cases/${caseId}`);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
        {t("meeting.cancel")}
      </button>
      <ConfirmDialog
        open={open}
        title={t("meeting.cancelTitle", { title })}
        body={t("meeting.cancelBody")}
        detail={error ?? undefined}
        confirmLabel={t("meeting.cancelConfirm")}
        danger
        busy={busy}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
