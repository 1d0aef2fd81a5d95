import type { Consent, Member, Vocabulary } from "@samplan/shared/api";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { withdrawConsent } from "../../api/consent.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { errorMessage } from "../../ui/errorMessage.ts";
import { LiveRegion } from "../../ui/LiveRegion.tsx";
import { useAnnouncer } from "../../ui/useAnnouncer.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { RecordConsentForm } from "./RecordConsentForm.tsx";

interface Props {
  caseId: string;
  consents: Consent[];
  members: Member[];
  vocabulary: Vocabulary | null;
  onChanged: () => void;
}

/** Samtykke: what the citizen has agreed to share, with whom, and withdrawing it. */
export function ConsentSection({ caseId, consents, members, vocabulary, onChanged }: Props) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = useId();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [withdrawError, setWithdrawError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, announce] = useAnnouncer();
  const nameOf = new Map(members.map((m) => [m.id as string, m.name]));
  const organisations = [
    ...new Set([...(vocabulary?.organisation ?? []), ...members.map((m) => m.organisation).filter(Boolean)]),
  ].sort((a, b) => a.localeCompare(b));
  // Newest first, the ones in force before the withdrawn and the run out.
  const ended = (consent: Consent) => consent.withdrawnAt !== null || consent.expired;
  const sorted = [...consents].sort(
    (a, b) => Number(ended(a)) - Number(ended(b)) || b.recordedAt.localeCompare(a.recordedAt),
  );

  const confirmWithdraw = async () => {
    if (!withdrawing) return;
    setBusy(true);
    try {
      await withdrawConsent(withdrawing.id);
      setWithdrawing(null);
      setWithdrawError(null);
      announce(t("consent.withdrawn"));
      onChanged();
    } catch (failure) {
      setWithdrawError(errorMessage(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("consent.heading")}</h2>
      <p className="muted">{t("consent.intro")}</p>
      {sorted.length === 0 ? (
        <p className="empty">{t("consent.empty")}</p>
      ) : (
        <ul className="consent-list" aria-labelledby={headingId}>
          {sorted.map((consent) => {
            const covers = [
              ...consent.memberIds.map((id) => nameOf.get(id)).filter((name): name is string => Boolean(name)),
              ...consent.organisations,
            ];
            return (
              <li key={consent.id} className={ended(consent) ? "consent consent--withdrawn" : "consent"}>
                <p className="consent__purpose">{consent.purpose}</p>
                <p>{covers.length ? t("consent.covers", { list: covers.join(", ") }) : t("consent.coversNothing")}</p>
                <p className="consent__meta">
                  <span>{t("consent.givenOn", { date: format.date(consent.givenAt) })}</span>
                  {consent.validUntil ? (
                    <span>{t("consent.validUntilOn", { date: format.date(consent.validUntil) })}</span>
                  ) : null}
                  {consent.withdrawnAt ? (
                    <span className="badge badge--muted">
                      {t("consent.withdrawnOn", { date: format.date(consent.withdrawnAt) })}
                    </span>
                  ) : consent.expired ? (
                    <span className="badge badge--muted">{t("consent.expired")}</span>
                  ) : (
                    <span className="badge badge--success">{t("consent.active")}</span>
                  )}
                </p>
                {/* The server counts the days by Copenhagen's calendar; the reminder shows two weeks ahead. */}
                {consent.endsSoon && consent.daysLeft !== null ? (
                  <p className="consent__reminder" role="note">
                    {consent.daysLeft === 0
                      ? t("consent.endsToday")
                      : consent.daysLeft === 1
                        ? t("consent.endsTomorrow")
                        : t("consent.endsSoon", { count: consent.daysLeft })}
                  </p>
                ) : null}
                {ended(consent) ? null : (
                  <button
                    type="button"
                    className="button button--danger-quiet"
                    onClick={() => {
                      setWithdrawError(null);
                      setWithdrawing(consent);
                    }}
                  >
                    {t("consent.withdraw")}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <RecordConsentForm caseId={caseId} members={members} organisations={organisations} onRecorded={onChanged} />
      <ConfirmDialog
        open={withdrawing !== null}
        title={t("consent.withdrawTitle")}
        body={t("consent.withdrawBody", { purpose: withdrawing?.purpose ?? "" })}
        detail={withdrawError ?? undefined}
        confirmLabel={t("consent.withdrawConfirm")}
        danger
        busy={busy}
        onConfirm={confirmWithdraw}
        onCancel={() => setWithdrawing(null)}
      />
      <LiveRegion message={message} />
    </section>
  );
}
