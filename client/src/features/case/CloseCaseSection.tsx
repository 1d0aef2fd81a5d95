import type { Case } from "@samplan/shared/api";
import { CaseClosingReason } from "@samplan/shared/vocabulary";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiFailure } from "../../api/ApiFailure.ts";
import { closeCase } from "../../api/cases.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FieldError } from "../../ui/FieldError.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";

/**
 * Forløbet afsluttet: the coordinator chooses why, confirms, and the case becomes read-only (the
 * server cancels meetings not yet begun and withdraws step links). A reason from a fixed list, so
 * the team's figures can count them and nothing about the citizen is written in it.
 */
export function CloseCaseSection({ found, onClosed }: { found: Case; onClosed: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<CaseClosingReason | "">("");
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const errorId = `${selectId}-error`;

  const ask = (event: FormEvent) => {
    event.preventDefault();
    setMissing(reason === "");
    if (reason !== "") setConfirming(true);
  };

  const confirm = async () => {
    if (reason === "") return;
    setBusy(true);
    setError(null);
    try {
      await closeCase(found.id, reason);
      setConfirming(false);
      onClosed();
    } catch (failure) {
      // The server names the meeting in English; say it in her language.
      setError(
        failure instanceof ApiFailure && failure.code === "conflict"
          ? t("caseClosing.meetingNotClosed")
          : errorMessage(failure, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby="close-case-heading">
      <h2 id="close-case-heading">{t("caseClosing.heading")}</h2>
      <p className="muted">{t("caseClosing.intro")}</p>
      <form className="form" onSubmit={ask} noValidate>
        <div className="field">
          <label htmlFor={selectId}>{t("caseClosing.reasonLabel")}</label>
          <select
            id={selectId}
            value={reason}
            aria-invalid={missing ? true : undefined}
            aria-describedby={missing ? errorId : undefined}
            onChange={(event) => {
              setReason(event.target.value as CaseClosingReason | "");
              setMissing(false);
            }}
          >
            <option value="">{t("caseClosing.reasonChoose")}</option>
            {CaseClosingReason.options.map((option) => (
              <option key={option} value={option}>
                {t(`caseClosing.reason.${option}`)}
              </option>
            ))}
          </select>
          {missing ? <FieldError id={errorId}>{t("caseClosing.reasonRequired")}</FieldError> : null}
        </div>
        <div>
          <button type="submit" className="button button--danger-quiet">
            {t("caseClosing.submit")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t("caseClosing.confirmTitle", { name: found.citizenName })}
        body={t("caseClosing.confirmBody")}
        detail={error ?? undefined}
        confirmLabel={t("caseClosing.confirm")}
        danger
        busy={busy}
        onConfirm={confirm}
        onCancel={() => {
          setConfirming(false);
          setError(null);
        }}
      />
    </section>
  );
}

/** The line at the top of a closed case: when, why, and that it is only read now. */
export function CaseClosedNotice({ found }: { found: Case }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (found.closedAt === null) return null;
  const date = format.date(found.closedAt);
  const reason = found.closedReason ? t(`caseClosing.reason.${found.closedReason}`) : "";
  return <p className="notice notice--info">{t("caseClosing.closedNotice", { date, reason })}</p>;
}
