import type { StepOverviewItem } from "@samplan/shared/api";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { localeFor } from "../../i18n/index.ts";
import { formatCalendarDate } from "../../ui/calendarDate.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { StepLinkButton } from "./StepLinkButton.tsx";
import { isStillOpen } from "./steps.ts";

const STATUS_TONE: Record<StepOverviewItem["status"], string> = {
  open: "badge badge--muted",
  done: "badge badge--success",
  partly: "badge badge--warning",
  notYet: "badge badge--warning",
  dropped: "badge badge--muted",
};

/** The steps as a table; an overdue one says so in words and with a mark, not only in colour. */
export function StepsTable({
  steps,
  caption,
  canMakeLinks = false,
}: {
  /** With `citizenName` and `caseId` (the coordinator's desk), a first column names the case. */
  steps: (StepOverviewItem & { caseId?: string; citizenName?: string })[];
  caption: string;
  /** The coordinator: each open step with an owner offers a personal link for its owner to answer from. */
  canMakeLinks?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.resolvedLanguage);
  const format = useFormatters();
  const withCase = steps.some((step) => step.citizenName !== undefined);
  const ownerLabel = (step: StepOverviewItem) =>
    step.owner === CITIZEN_OWNER ? t("steps.citizen") : step.owner.trim() || t("steps.noOwner");
  return (
    <div className="table-scroll">
      <table className="table steps-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {withCase ? <th scope="col">{t("start.citizen")}</th> : null}
            <th scope="col">{t("steps.text")}</th>
            <th scope="col">{t("steps.owner")}</th>
            <th scope="col">{t("steps.due")}</th>
            <th scope="col">{t("steps.status")}</th>
            <th scope="col">{t("steps.latest")}</th>
            <th scope="col">{t("steps.meeting")}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.stepId} className={step.overdue ? "steps-table__row--overdue" : undefined}>
              {withCase ? (
                <td>
                  <Link href={`/cases/${step.caseId}/steps`}>{step.citizenName}</Link>
                </td>
              ) : null}
              <th scope="row" className="steps-table__text">
                {step.text.trim() || t("steps.emptyText")}
              </th>
              <td>{ownerLabel(step)}</td>
              <td>
                {step.dueDate ? (
                  <time dateTime={step.dueDate}>{formatCalendarDate(step.dueDate, locale)}</time>
                ) : (
                  <span className="muted">{t("steps.noDue")}</span>
                )}
                {step.overdue ? (
                  <span className="badge badge--overdue">
                    <span aria-hidden="true">!</span>
                    {t("steps.overdue")}
                  </span>
                ) : null}
              </td>
              <td>
                <span className={STATUS_TONE[step.status]}>{t(`steps.statuses.${step.status}`)}</span>
              </td>
              <td className="steps-table__latest">
                {step.latestUpdate ? (
                  <>
                    <strong>{t(`steps.answers.${step.latestUpdate.answer}`)}</strong>
                    {step.latestUpdate.note ? <span> – {step.latestUpdate.note}</span> : null}
                    <span className="table__sub">
                      {t("steps.answeredBy", {
                        name: step.latestUpdate.writtenBy,
                        date: step.latestUpdate.happenedOn
                          ? formatCalendarDate(step.latestUpdate.happenedOn, locale)
                          : format.date(step.latestUpdate.at),
                      })}
                    </span>
                  </>
                ) : (
                  <span className="muted">{t("steps.noAnswer")}</span>
                )}
                {/* The reminder did not reach its owner: she tells them another way. */}
                {step.mailUndelivered ? (
                  <span className="table__sub steps-table__undelivered">{t("steps.mailUndelivered")}</span>
                ) : null}
                {canMakeLinks && step.owner.trim() && isStillOpen(step) ? (
                  <div className="steps-table__link no-print">
                    <StepLinkButton step={step} ownerName={ownerLabel(step)} />
                  </div>
                ) : null}
              </td>
              <td>
                <Link href={`/meetings/${step.meetingId}`}>{step.meetingTitle}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
