import type { TeamOverview } from "@samplan/shared/api";
import { CoverReason } from "@samplan/shared/vocabulary";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { assignCover } from "../../api/team.ts";
import { BusyButton } from "../../ui/BusyButton.tsx";
import { DateField } from "../../ui/DateField.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";

type Coordinators = TeamOverview["coordinators"];

/** The team lead sets a colleague to cover an absent coordinator up to and including a day. */
export function AssignCoverForm({ coordinators, onAssigned }: { coordinators: Coordinators; onAssigned: () => void }) {
  const { t } = useTranslation();
  const [absent, setAbsent] = useState("");
  const [cover, setCover] = useState("");
  const [until, setUntil] = useState<string | null>(null);
  const [reason, setReason] = useState<CoverReason | "">("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const ids = { heading: useId(), absent: useId(), cover: useId(), reason: useId() };
  const nameOf = (accountId: string) => coordinators.find((c) => c.accountId === accountId)?.name ?? "";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    if (!absent || !cover || !until || !reason) {
      setError(t("team.assignMissing"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await assignCover({ absentAccountId: absent, coverAccountId: cover, until, reason } as Parameters<
        typeof assignCover
      >[0]);
      setDone(t("team.assigned", { cover: nameOf(cover), absent: nameOf(absent) }));
      onAssigned();
    } catch (failure) {
      setError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  const choose = (id: string, label: string, value: string, set: (value: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => set(event.target.value)}>
        <option value="">{t("team.choose")}</option>
        {coordinators.map((coordinator) => (
          <option key={coordinator.accountId} value={coordinator.accountId}>
            {coordinator.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="card form" aria-labelledby={ids.heading} onSubmit={submit} noValidate>
      <h2 id={ids.heading}>{t("team.assignHeading")}</h2>
      {choose(ids.absent, t("team.absentLabel"), absent, setAbsent)}
      {choose(ids.cover, t("team.coverLabel"), cover, setCover)}
      <DateField label={t("team.untilLabel")} value={until} onChange={setUntil} />
      <div className="field">
        <label htmlFor={ids.reason}>{t("team.reasonLabel")}</label>
        <select id={ids.reason} value={reason} onChange={(event) => setReason(event.target.value as CoverReason | "")}>
          <option value="">{t("team.choose")}</option>
          {CoverReason.options.map((option) => (
            <option key={option} value={option}>
              {t(`team.coverReason.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <BusyButton type="submit" className="button button--primary" busy={busy} busyLabel={t("busy.saving")}>
          {t("team.assign")}
        </BusyButton>
      </div>
      <div role="status">{done ? <p className="notice notice--success">{done}</p> : null}</div>
      {error ? (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
