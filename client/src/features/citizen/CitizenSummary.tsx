import type { Minutes } from "@samplan/shared/record";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { localeFor } from "../../i18n/index.ts";
import { formatCalendarDate } from "../../ui/calendarDate.ts";
import { useFormatters } from "../../ui/useFormatters.ts";
import { ReadAloudButton } from "../readAloud/ReadAloudButton.tsx";
import { sentences } from "../readAloud/sentences.ts";

/**
 * "Det aftalte vi": the minutes in plain language for the citizen — their goals, what happened
 * since last time, who does what next and when, and the next meeting. Short sentences, large type.
 */
export function CitizenSummary({
  minutes,
  showNextMeeting = true,
  readAloud = false,
}: {
  minutes: Minutes;
  showNextMeeting?: boolean;
  /** On her own device: a "Læs op" for the whole summary. Not where staff see what she gets. */
  readAloud?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const format = useFormatters();
  const locale = localeFor(i18n.resolvedLanguage);
  const goals = minutes.goals.filter((goal) => goal.text.trim() !== "");
  const happened = minutes.progress.filter((item) => item.text.trim() !== "");
  const steps = minutes.nextSteps.filter((step) => step.text.trim() !== "");
  const owner = (name: string) =>
    name === ""
      ? t("record.summary.someone")
      : name === CITIZEN_OWNER || name === minutes.citizenName
        ? t("record.summary.you")
        : name;

  return (
    <section ref={section} className="citizen-summary" aria-labelledby="citizen-summary-heading">
      <h2 id="citizen-summary-heading">{t("record.summary.title")}</h2>
      {readAloud ? (
        <ReadAloudButton
          // Read as shown: the headings and lines, each a sentence, and not the button itself.
          text={() =>
            sentences(
              Array.from(section.current?.querySelectorAll("h2, h3, li, p:not(.read-aloud *)") ?? [], (block) =>
                (block.textContent ?? "").trim(),
              ),
            )
          }
          about={t("record.summary.title")}
        />
      ) : null}
      <h3>{t("record.summary.goals")}</h3>
      {goals.length === 0 ? <p>{t("record.summary.noGoals")}</p> : null}
      <ul>
        {goals.map((goal) => (
          <li key={goal.id}>{goal.text}</li>
        ))}
      </ul>
      {happened.length > 0 ? (
        <>
          <h3>{t("record.summary.happened")}</h3>
          <ul>
            {happened.map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
              <li key={index}>{item.text}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t("record.summary.next")}</h3>
      {steps.length === 0 ? <p>{t("record.summary.noSteps")}</p> : null}
      <ul>
        {steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the minutes are a frozen list without ids.
          <li key={index}>
            {step.dueDate
              ? t("record.summary.stepBy", {
                  who: owner(step.owner),
                  what: step.text,
                  when: formatCalendarDate(step.dueDate, locale),
                })
              : t("record.summary.step", { who: owner(step.owner), what: step.text })}
          </li>
        ))}
      </ul>
      {showNextMeeting ? (
        <>
          <h3>{t("record.summary.meeting")}</h3>
          <p>
            {minutes.nextMeetingAt
              ? t("record.summary.meetingAt", { when: format.dateTime(minutes.nextMeetingAt) })
              : t("record.summary.noMeeting")}
          </p>
        </>
      ) : null}
      {minutes.citizenAgreement?.answer ? (
        <p>{minutes.citizenAgreement.answer === "agrees" ? t("agreement.youAgree") : t("agreement.youDisagree")}</p>
      ) : null}
      <p className="citizen-summary__not-a-decision">{t("record.summary.notADecision")}</p>
    </section>
  );
}
