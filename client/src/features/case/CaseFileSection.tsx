import type { Case } from "@samplan/shared/api";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "wouter";
import { caseExportUrl, deleteCase, updateCase } from "../../api/cases.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { DownloadButton } from "../../ui/DownloadButton.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { FormDialog } from "../../ui/FormDialog.tsx";
import { TextField } from "../../ui/TextField.tsx";
import "./case.css";

/**
 * The coordinator's filing metadata (case number, KLE), the citizen's data export, and deletion.
 * A closed case's filing is only read; its export and deletion stay.
 */
export function CaseFileSection({ found, onChanged }: { found: Case; onChanged: () => void }) {
  const closed = found.closedAt !== null;
  const { t } = useTranslation();
  const [caseReference, setCaseReference] = useState(found.caseReference ?? "");
  const [kleNumber, setKleNumber] = useState(found.kleNumber ?? "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await updateCase(found.id, {
        caseReference: caseReference.trim() || null,
        kleNumber: kleNumber.trim() || null,
      });
      setSaved(true);
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack case-file" aria-labelledby="case-file-heading">
      <h2 id="case-file-heading">{t("record.caseFile")}</h2>
      {closed ? null : (
        <form className="case-file__form" onSubmit={save}>
          <TextField label={t("record.caseReferenceLabel")} value={caseReference} onChange={setCaseReference} />
          <TextField
            label={t("record.kleLabel")}
            hint={t("record.kleHint")}
            value={kleNumber}
            onChange={setKleNumber}
          />
          <div>
            <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
              {t("record.saveCaseFile")}
            </BusyButton>
          </div>
        </form>
      )}
      <div role="status">{saved ? <p className="notice notice--success">{t("record.savedCaseFile")}</p> : null}</div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="case-exports">
        <DownloadButton
          path={caseExportUrl(found.id)}
          name={`samplan-${found.id}.json`}
          label={t("record.exportCase")}
        />
        <DownloadButton
          path={caseExportUrl(found.id, "pdf")}
          name={`samplan-${found.id}.pdf`}
          label={t("record.exportCaseForHer")}
        />
        <DownloadButton
          path={caseExportUrl(found.id, "html")}
          name={`samplan-${found.id}.html`}
          label={t("record.exportCaseForHerHtml")}
        />
      </div>
      <p className="muted">{t("record.exportHint")}</p>
      <p>
        <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
          {t("record.deleteCase")}
        </button>
      </p>
      <DeleteCaseDialog open={deleting} found={found} onCancel={() => setDeleting(false)} />
    </section>
  );
}

/** Deleting needs the citizen's name typed out, so it is never one slip of the mouse. */
function DeleteCaseDialog({ open, found, onCancel }: { open: boolean; found: Case; onCancel: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const matches = typed.trim() === found.citizenName.trim();

  const submit = async () => {
    if (!matches) return;
    setBusy(true);
    setError(null);
    try {
      await deleteCase(found.id);
      navigate("/", { replace: true });
    } catch (failure) {
      setError(errorMessage(failure, t));
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open={open}
      title={t("record.deleteTitle", { name: found.citizenName })}
      body={t("record.deleteBody")}
      error={null}
      submitLabel={t("record.deleteConfirm")}
      danger
      disabled={!matches}
      busy={busy}
      onOpen={() => {
        setTyped("");
        setError(null);
      }}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextField
        label={t("record.deleteTypeName", { name: found.citizenName })}
        value={typed}
        onChange={setTyped}
        autoComplete="off"
        error={error}
      />
    </FormDialog>
  );
}
