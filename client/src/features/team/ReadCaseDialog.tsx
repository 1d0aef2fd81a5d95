import type { TeamCase } from "@samplan/shared/api";
import { TeamLeadReason } from "@samplan/shared/vocabulary";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { openAsTeamLead } from "../../api/team.ts";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormDialog } from "../../ui/FormDialog.tsx";

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
  const selectId = useId();

  const submit = async () => {
    if (!kase) return;
    setBusy(true);
    setError(null);
    try {
      await openAsTeamLead(kase.caseId, reason);
      navigate(`/cases/${kase.caseId}`);
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={kase !== null}
      title={t("team.readTitle", { name: kase?.citizenName ?? "" })}
      body={t("team.readBody")}
      error={error}
      submitLabel={t("team.readConfirm")}
      busy={busy}
      onOpen={() => {
        setReason("cover");
        setError(null);
        setBusy(false);
      }}
      onSubmit={submit}
      onCancel={onCancel}
    >
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
    </FormDialog>
  );
}
