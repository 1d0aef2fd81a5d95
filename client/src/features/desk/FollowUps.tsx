import type { FollowUp } from "@samplan/shared/api";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { getDeskFollowUps } from "../../api/desk.ts";
import { LoadFailure } from "../../ui/LoadFailure.tsx";
import { useFormatters } from "../../ui/useFormatters.ts";
import { useResource } from "../../ui/useResource.ts";
import "./desk.css";

/**
 * Skal følges op (issue 24): what will stop the plan if nobody acts, across her cases: a consent
 * about to end, an e-mail that never arrived, minutes waiting for her approval, a case with no
 * meeting planned. Each leads to where it is mended.
 */
export function FollowUps() {
  const { t } = useTranslation();
  const [found, reload] = useResource("desk-follow-ups", getDeskFollowUps);
  return (
    <section aria-labelledby="follow-ups-heading" className="stack">
      <h2 id="follow-ups-heading">{t("desk.followUpsHeading")}</h2>
      <p className="muted">{t("desk.followUpsIntro")}</p>
      {found.status === "loading" ? <p className="muted">{t("app.loading")}</p> : null}
      {found.status === "error" ? <LoadFailure error={found.error} retry={reload} /> : null}
      {found.status === "ready" && found.data.followUps.length === 0 ? (
        <p className="empty">{t("desk.followUpsEmpty")}</p>
      ) : null}
      {found.status === "ready" && found.data.followUps.length > 0 ? (
        <ul className="link-list follow-ups">
          {found.data.followUps.map((item) => (
            <FollowUpItem key={keyOf(item)} item={item} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function keyOf(item: FollowUp): string {
  switch (item.kind) {
    case "consentEnds":
      return `${item.kind}:${item.consentId}`;
    case "mailUndeliverable":
      return `${item.kind}:${item.meetingId}:${item.memberName}:${item.mail}:${item.failedAt}`;
    case "minutesNotApproved":
      return `${item.kind}:${item.meetingId}`;
    case "noMeetingPlanned":
      return `${item.kind}:${item.caseId}`;
  }
}

function FollowUpItem({ item }: { item: FollowUp }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const href = item.kind === "minutesNotApproved" ? `/meetings/${item.meetingId}` : `/cases/${item.caseId}`;
  return (
    <li className={`follow-up follow-up--${item.kind}`}>
      <Link href={href} className="link-list__link">
        {item.citizenName}
      </Link>
      <span className="link-list__meta">{describe(item, t, format)}</span>
    </li>
  );
}

function describe(item: FollowUp, t: TFunction, format: ReturnType<typeof useFormatters>): string {
  switch (item.kind) {
    case "consentEnds":
      return item.daysLeft === 0
        ? t("desk.followUp.consentEndsToday", { purpose: item.purpose })
        : t("desk.followUp.consentEnds", {
            purpose: item.purpose,
            count: item.daysLeft,
            date: format.day(item.validUntil),
          });
    case "mailUndeliverable":
      return t("desk.followUp.mailUndeliverable", {
        name: item.memberName,
        mail: t(`desk.mail.${item.mail}`),
        date: format.date(item.failedAt),
      });
    case "minutesNotApproved":
      return t("desk.followUp.minutesNotApproved", { title: item.title, date: format.date(item.closedAt) });
    case "noMeetingPlanned":
      return item.lastMeetingAt === null
        ? t("desk.followUp.noMeetingEver")
        : t("desk.followUp.noMeetingPlanned", { date: format.date(item.lastMeetingAt) });
  }
}
