import type { TeamCase } from "@samplan/shared/api";
import { TeamLeadReason } from "@samplan/shared/vocabulary";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { openAsTeamLead } from "../../api.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { useModalDialog } from "../../ui/useModalDialog.ts";

/**
 * Before a team lead reads a case she says why (issue 24): the reason goes into the case's trail,
 * which the citizen sees. Then the case is hers to read for the rest of the day.
 */
export function ReadCaseDialog({ kase, onCancel }: { kase: TeamCase | null; onCancel: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [reason, setReason] = useState<TeamLeadReason>("cover");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { dialog, cancel } = useModalDialog(kase !== null, () => {
    setReason("cover");
    setError(null);
  });
  const titleId = useId();
  const bodyId = useId();
  const selectId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!kase) return;
    setBusy(true);
    setError(null);
    try {
      await openAsTeamLead(kase.caseId, reason);
      dialog.current?.close();
      navigate(`/cases/${kase.caseId}`);
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form className="dialog__content" onSubmit={submit}>
        <h2 id={titleId}>{t("team.readTitle", { name: kase?.citizenName ?? "" })}</h2>
        <p id={bodyId}>{t("team.readBody")}</p>
        <div className="field">
          <label htmlFor={selectId}>{t("team.readReasonLabel")}</label>
          <select id={selectId} value={reason} onChange={(event) => setReason(event.target.value as TeamLeadReason)}>
            {TeamLeadReason.options.map((option) => (
              <option key={option} value={option}>
                {t(`team.readReason.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t("team.readConfirm")}
          </button>
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            {t("app.cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
