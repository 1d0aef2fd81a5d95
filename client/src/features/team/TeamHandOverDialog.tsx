import { HANDOVER_NOTE_MAX, type TeamCase, type TeamOverview } from "@samplan/shared/api";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { handOverAsTeamLead } from "../../api/team.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormDialog } from "../../ui/FormDialog.tsx";

/**
 * The team lead gives one of the team's cases to another of its coordinators (issue 24): when the
 * coordinator leaves the team or will be away long, the citizen keeps her plan and need not start
 * over. The same note and the same rule as the coordinator's own hand-over.
 */
export function TeamHandOverDialog({
  kase,
  coordinators,
  onCancel,
  onDone,
}: {
  kase: TeamCase | null;
  coordinators: TeamOverview["coordinators"];
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { to: useId(), note: useId(), hint: useId() };
  const others = coordinators.filter((coordinator) => coordinator.accountId !== kase?.coordinatorAccountId);

  const submit = async () => {
    if (!kase) return;
    const chosen = others.find((coordinator) => coordinator.accountId === to);
    if (!chosen) return setError(t("handover.chooseFirst"));
    if (!note.trim()) return setError(t("handover.noteRequired"));
    setBusy(true);
    setError(null);
    try {
      await handOverAsTeamLead(kase.caseId, { toAccountId: chosen.accountId, note });
      onDone();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={kase !== null}
      title={t("team.handOverTitle", { name: kase?.citizenName ?? "" })}
      body={t("handover.formIntro")}
      error={error}
      submitLabel={t("handover.submit")}
      busy={busy}
      onOpen={() => {
        setTo("");
        setNote("");
        setError(null);
      }}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <div className="field">
        <label htmlFor={ids.to}>{t("handover.to")}</label>
        <select id={ids.to} value={to} onChange={(event) => setTo(event.target.value)}>
          <option value="">{t("handover.choose")}</option>
          {others.map((coordinator) => (
            <option key={coordinator.accountId} value={coordinator.accountId}>
              {coordinator.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.note}>{t("handover.note")}</label>
        <p id={ids.hint} className="field__hint">
          {t("handover.noteHint", { name: kase?.citizenName ?? "", max: HANDOVER_NOTE_MAX })}
        </p>
        <textarea
          id={ids.note}
          aria-describedby={ids.hint}
          rows={4}
          maxLength={HANDOVER_NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
    </FormDialog>
  );
}
