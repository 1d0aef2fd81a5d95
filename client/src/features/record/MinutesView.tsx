import type { MeetingAttribution, Minutes } from "@samplan/shared/record";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { formatCalendarDate } from "../../ui/calendarDate.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { ItemAuthors } from "../plan/ItemAuthors.tsx";

interface Props {
  minutes: Minutes;
  /** The heading level the sections start at, so a version shown inside the page nests below it. */
  level?: 2 | 3;
  /**
   * Who wrote what, for a version read back from its frozen state: each list is in the order of
   * the minutes' list of the same name (goals also carry their id).
   */
  attribution?: MeetingAttribution;
}

/** The minutes as a clean, printable record: the same content the PDF and Markdown carry. */
export function MinutesView({ minutes, level = 2, attribution }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = localeFor(i18n.resolvedLanguage);
  const day = (date: string | null) => (date ? formatCalendarDate(date, locale) : t("record.noDue"));
  const H = level === 2 ? "h2" : "h3";

  return (
    <div className="minutes">
      {attribution ? <p className="muted">{t("attribution.intro")}</p> : null}
      <dl className="minutes__facts">
        <div>
          <dt>{t("record.date")}</dt>
          <dd>{format.dateTime(minutes.meeting.startsAt)}</dd>
        </div>
        {minutes.meeting.closedAt ? (
          <div>
            <dt>{t("record.closedAt")}</dt>
            <dd>{format.dateTime(minutes.meeting.closedAt)}</dd>
          </div>
        ) : null}
        {minutes.caseReference ? (
          <div>
            <dt>{t("record.caseReference")}</dt>
            <dd>{minutes.caseReference}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("record.nextMeetingAt")}</dt>
          <dd>{minutes.nextMeetingAt ? format.dateTime(minutes.nextMeetingAt) : t("record.noNextMeeting")}</dd>
        </div>
      </dl>
      {minutes.meeting.method ? <p>{t("methods.follows", minutes.meeting.method)}</p> : null}

      <section>
        <H>{t("record.participants")}</H>
        <ul className="minutes__list">
          {minutes.participants.map((p) => (
            <li key={`${p.name}-${p.role}`}>
              <strong>{p.name}</strong> · {t(`roles.${p.role}`)}
              {p.profession ? ` · ${p.profession}` : ""}
              {p.organisation ? ` · ${p.organisation}` : ""} — {p.present ? t("record.present") : t("record.absent")}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <H>{t("record.goals")}</H>
        {minutes.goals.length === 0 ? <p className="muted">{t("record.none")}</p> : null}
        <ul className="minutes__list">
          {minutes.goals.map((goal) => (
            <li key={goal.id}>
              <p className="minutes__text">{goal.text}</p>
              {goal.inCitizensWords ? <p className="minutes__tag">{t("record.inCitizensWords")}</p> : null}
              {goal.status !== "active" ? (
                <p className="muted">
                  {goal.status === "reached" ? t("record.statusReached") : t("record.statusSetAside")}
                  {goal.statusReason ? ` — ${goal.statusReason}` : ""}
                </p>
              ) : null}
              {goal.scales.length > 0 ? (
                <p className="muted">
                  {t("record.scales")}: {goal.scales.map((s) => `${s.raterName} ${s.value}/10`).join(" · ")}
                </p>
              ) : null}
              {attribution ? <ItemAuthors attribution={attribution.goals.find((a) => a.id === goal.id)} /> : null}
            </li>
          ))}
        </ul>
      </section>

      {minutes.resources ? (
        <section>
          <H>{t("resources.section.heading")}</H>
          {minutes.resources.length === 0 ? <p className="muted">{t("record.none")}</p> : null}
          <ul className="minutes__list">
            {minutes.resources.map((resource, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
              <li key={index}>
                <p className="minutes__text">{resource.text}</p>
                {resource.inCitizensWords ? <p className="minutes__tag">{t("record.inCitizensWords")}</p> : null}
                {resource.kind || resource.goals.length > 0 ? (
                  <p className="muted">
                    {[
                      resource.kind ? t(`resources.kind.${resource.kind}`) : null,
                      resource.goals.length > 0 ? `${t("resources.goals.legend")}: ${resource.goals.join("; ")}` : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                ) : null}
                {attribution ? <ItemAuthors attribution={attribution.resources[index]} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section>
        <H>{t("record.progress")}</H>
        {minutes.progress.length === 0 ? <p className="muted">{t("record.none")}</p> : null}
        <ul className="minutes__list">
          {minutes.progress.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
            <li key={index}>
              {item.review ? (
                <p className="muted">
                  {t("record.review", {
                    text: item.review.text,
                    owner:
                      item.review.owner === CITIZEN_OWNER
                        ? minutes.citizenName
                        : item.review.owner || t("record.noOwner"),
                  })}
                </p>
              ) : null}
              {item.text ? <p className="minutes__text">{item.text}</p> : null}
              <p className="muted">
                {[
                  item.observedBy ? t("record.observedBy", { name: item.observedBy }) : null,
                  item.happenedOn ? day(item.happenedOn) : null,
                  item.goal,
                  item.outcome ? t("record.outcome", { outcome: t(`record.outcomes.${item.outcome}`) }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {attribution ? <ItemAuthors attribution={attribution.progress[index]} /> : null}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <H>{t("record.round")}</H>
        {minutes.round.length === 0 ? <p className="muted">{t("record.none")}</p> : null}
        <ul className="minutes__list">
          {minutes.round.map((entry, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
            <li key={index}>
              <strong>{entry.speaker}</strong>: {entry.text}
              {attribution ? <ItemAuthors attribution={attribution.round[index]} /> : null}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <H>{t("record.nextSteps")}</H>
        {minutes.nextSteps.length === 0 ? (
          <p className="muted">{t("record.none")}</p>
        ) : (
          <table className="minutes__table">
            <thead>
              <tr>
                <th scope="col">{t("record.step")}</th>
                <th scope="col">{t("record.owner")}</th>
                <th scope="col">{t("record.due")}</th>
              </tr>
            </thead>
            <tbody>
              {minutes.nextSteps.map((step, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
                <tr key={index}>
                  <td>
                    {step.text}
                    {step.goal ? <span className="muted"> · {step.goal}</span> : null}
                    {attribution ? <ItemAuthors attribution={attribution.nextSteps[index]} /> : null}
                  </td>
                  <td>{step.owner === CITIZEN_OWNER ? minutes.citizenName : step.owner || t("record.noOwner")}</td>
                  <td>{day(step.dueDate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {minutes.citizenAgreement ? (
        <section>
          <H>{t("agreement.record.heading")}</H>
          <p className="minutes__text">
            {minutes.citizenAgreement.answer === "agrees"
              ? t("agreement.record.agrees")
              : minutes.citizenAgreement.answer === "disagrees"
                ? minutes.citizenAgreement.reason.trim()
                  ? t("agreement.record.disagreesWith", { words: minutes.citizenAgreement.reason.trim() })
                  : t("agreement.record.disagrees")
                : t("agreement.record.none")}
          </p>
          {minutes.citizenAgreement.goalsChangedSince.length > 0 ? (
            <ul className="minutes__list">
              {minutes.citizenAgreement.goalsChangedSince.map((change, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
                <li key={index}>
                  {change.before === null
                    ? t("agreement.record.added", { after: change.after })
                    : t("agreement.record.changed", { before: change.before, after: change.after })}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
