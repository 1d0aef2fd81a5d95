import type { HandoverNote } from "@samplan/shared/api";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { dismissHandoverNote } from "../../api/handover.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useSubmission } from "../../ui/useSubmission.ts";

/**
 * The note the previous coordinator left, at the top of the case, until the new one has read it
 * and puts it away. It is kept as she wrote it, line breaks and all.
 */
export function HandoverNoteNotice({
  caseId,
  note,
  onDismissed,
}: {
  caseId: string;
  note: HandoverNote;
  onDismissed: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const submission = useSubmission();
  const headingId = useId();
  const dismiss = () =>
    submission.run(async () => {
      await dismissHandoverNote(caseId);
      onDismissed();
      return null;
    });
  return (
    <section className="notice notice--info handover-note" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("handover.noteHeading", { name: note.fromName })}</h2>
      <p className="muted">
        {t("handover.noteMeta", { name: note.fromName, when: format.dateTime(note.handedOverAt) })}
      </p>
      <p className="handover-note__text">{note.note}</p>
      <BusyButton
        type="button"
        className="button"
        onClick={dismiss}
        busy={submission.busy}
        busyLabel={t("busy.saving")}
      >
        {t("handover.dismiss")}
      </BusyButton>
      {submission.error ? (
        <p className="notice notice--error" role="alert">
          {submission.error}
        </p>
      ) : null}
    </section>
  );
}
