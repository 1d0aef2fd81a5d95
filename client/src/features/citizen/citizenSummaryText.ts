import type { Minutes } from "@samplan/shared/record";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import type { TFunction } from "i18next";
import type { useFormatters } from "../../ui/useFormatters.ts";

/** One part of "Det aftalte vi": a heading, what is said under it, and its list. */
export interface SummaryPart {
  heading: string;
  /** Said as sentences under the heading (nothing agreed, the next meeting's time). */
  lines: string[];
  items: string[];
}

export interface SummaryText {
  title: string;
  parts: SummaryPart[];
  /** What she said of the plan, if she was asked and answered. */
  agreement: string | null;
  notADecision: string;
}

/**
 * The words of the citizen's "Det aftalte vi", apart from how they are drawn: so the check that
 * Samplan's own wording stays plain (citizenSummaryText.test.ts, LIX under 35) reads exactly what
 * she reads.
 */
export function citizenSummaryText(
  minutes: Minutes,
  {
    t,
    format,
    showNextMeeting,
  }: { t: TFunction; format: Pick<ReturnType<typeof useFormatters>, "dateTime" | "day">; showNextMeeting: boolean },
): SummaryText {
  const goals = minutes.goals.filter((goal) => goal.text.trim() !== "");
  const works = (minutes.resources ?? []).filter((resource) => resource.text.trim() !== "");
  const happened = minutes.progress.filter((item) => item.text.trim() !== "");
  const steps = minutes.nextSteps.filter((step) => step.text.trim() !== "");
  const owner = (name: string) =>
    name === ""
      ? t("record.summary.someone")
      : name === CITIZEN_OWNER || name === minutes.citizenName
        ? t("record.summary.you")
        : name;
  const parts: SummaryPart[] = [
    // What works for her first, as in her view of the plan.
    ...(works.length > 0
      ? [
          {
            heading: t("resources.summary.heading"),
            lines: [],
            items: works.map((resource) =>
              resource.goals.length > 0
                ? sentence(
                    t("resources.summary.withGoals", {
                      what: sentence(resource.text),
                      goals: resource.goals.map((goal) => goal.trim()).join(", "),
                    }),
                  )
                : resource.text,
            ),
          },
        ]
      : []),
    {
      heading: t("record.summary.goals"),
      lines: goals.length === 0 ? [t("record.summary.noGoals")] : [],
      items: goals.map((goal) => goal.text),
    },
    ...(happened.length > 0
      ? [{ heading: t("record.summary.happened"), lines: [], items: happened.map((item) => item.text) }]
      : []),
    {
      heading: t("record.summary.next"),
      lines: steps.length === 0 ? [t("record.summary.noSteps")] : [],
      items: steps.map((step) =>
        step.dueDate
          ? t("record.summary.stepBy", { who: owner(step.owner), what: step.text, when: format.day(step.dueDate) })
          : t("record.summary.step", { who: owner(step.owner), what: step.text }),
      ),
    },
    ...(showNextMeeting
      ? [
          {
            heading: t("record.summary.meeting"),
            lines: [
              minutes.nextMeetingAt
                ? t("record.summary.meetingAt", { when: format.dateTime(minutes.nextMeetingAt) })
                : t("record.summary.noMeeting"),
            ],
            items: [],
          },
        ]
      : []),
  ];
  const answer = minutes.citizenAgreement?.answer;
  return {
    title: t("record.summary.title"),
    parts,
    agreement: answer ? (answer === "agrees" ? t("agreement.youAgree") : t("agreement.youDisagree")) : null,
    notADecision: t("record.summary.notADecision"),
  };
}

/** Her words as a sentence of their own, so what follows starts a new one. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
