import type { Minutes } from "@samplan/shared/record";
import { lix, NOT_A_DECISION } from "@samplan/shared/record";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { da } from "../../i18n/da.ts";
import { formatCalendarDate } from "../../ui/calendarDate.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { citizenSummaryText } from "./citizenSummaryText.ts";

// Sample plans as a network writes them with the citizen: her goals in her own words, short steps.
const meeting = {
  id: "m1",
  title: "Netværksmøde",
  startsAt: "2026-11-02T09:00:00.000Z",
  closedAt: "2026-11-02T10:00:00.000Z",
};
const goal = (id: string, text: string, inCitizensWords = true): Minutes["goals"][number] => ({
  id,
  text,
  inCitizensWords,
  status: "active",
  statusReason: "",
  scales: [],
});
const step = (text: string, owner: string, dueDate: string | null = null): Minutes["nextSteps"][number] => ({
  text,
  owner,
  dueDate,
  goal: null,
  status: "open",
});
const plan = (minutes: Partial<Minutes>): Minutes => ({
  format: "samplan.minutes/1",
  meeting,
  citizenName: "Freja Dam",
  caseReference: null,
  participants: [],
  goals: [],
  progress: [],
  round: [],
  nextSteps: [],
  nextMeetingAt: null,
  ...minutes,
});

const praktikPlan = plan({
  goals: [
    goal("g1", "Jeg vil gerne arbejde med dyr, fire dage om ugen."),
    goal("g2", "Jeg vil have min egen lejlighed."),
  ],
  resources: [
    {
      text: "Min hund Bella får mig ud hver dag",
      kind: "person",
      inCitizensWords: false,
      goals: ["Jeg vil gerne arbejde med dyr, fire dage om ugen."],
    },
    { text: "Jeg er god til at passe på dyr.", kind: "strength", inCitizensWords: true, goals: [] },
  ],
  progress: [
    {
      text: "Jeg tog bussen alene til praktikken tre gange.",
      goal: "Jeg vil gerne arbejde med dyr, fire dage om ugen.",
      observedBy: "Freja Dam",
      happenedOn: "2026-10-20",
      review: null,
      outcome: null,
    },
  ],
  nextSteps: [
    step("Ringe til dyreinternatet om en praktikplads", "Freja Dam", "2026-11-16"),
    step("Finde en cykel til Freja", ""),
    step("Tale med boligkontoret om en lejlighed", "Peter Lund", "2026-11-30"),
  ],
  nextMeetingAt: "2026-12-07T09:00:00.000Z",
  citizenAgreement: { answer: "agrees", reason: "", goalsChangedSince: [] },
});

const jobPlan = plan({
  citizenName: "Ali Hassan",
  goals: [goal("g1", "Jeg vil tilbage til mit arbejde på lageret. Først ti timer om ugen.")],
  nextSteps: [
    step("Lave en plan for de første uger sammen med lageret", "Mette Holm", "2026-11-20"),
    step("Gå til fysioterapi to gange om ugen", "Ali Hassan"),
  ],
});

const emptyPlan = plan({ citizenName: "Sara Berg" });

const i18n = i18next.createInstance();
beforeAll(() =>
  i18n.init({ resources: { da: { translation: da } }, lng: "da", interpolation: { escapeValue: false } }),
);

/** All she reads, each heading and line a sentence of its own, as the summary draws them. */
function summaryOf(minutes: Minutes): string {
  const format = {
    dateTime: (iso: string) => formatDateTime(iso, "da-DK"),
    day: (isoDate: string) => formatCalendarDate(isoDate, "da-DK"),
  };
  const summary = citizenSummaryText(minutes, { t: i18n.t, format, showNextMeeting: true });
  return [
    summary.title,
    ...summary.parts.flatMap((part) => [part.heading, ...part.lines, ...part.items]),
    summary.agreement ?? "",
    summary.notADecision,
  ].join("\n");
}

// Issue 21: "Det aftalte vi" is in the citizen's language, not the case file's. Under 35 is
// everyday Danish (LIX 25–34: easy); over 40 is where the professionals' hint starts.
describe("the citizen's summary Det aftalte vi", () => {
  it.each([
    ["a plan about work with animals, with what happened and a next meeting", praktikPlan],
    ["a plan about going back to work, without a next meeting", jobPlan],
    ["a plan with nothing agreed yet, almost all in Samplan's own words", emptyPlan],
  ])("reads easily (LIX under 35): %s", (_, plan) => {
    const text = summaryOf(plan);
    expect(text).toContain("Det aftalte vi");
    expect(lix(text)).toBeLessThan(35);
  });

  it("would notice case-work Danish: the minutes' own line about decisions is over", () => {
    // The same point for the professionals' minutes, in the words of the law (LIX about 60).
    expect(lix(NOT_A_DECISION)).toBeGreaterThan(35);
    expect(lix(da.record.summary.notADecision)).toBeLessThan(25);
  });

  it("starts with what works for her, and says which goal it helps with", () => {
    const lines = summaryOf(praktikPlan).split("\n");
    expect(lines.slice(1, 4)).toEqual([
      "Det der virker for dig",
      "Min hund Bella får mig ud hver dag. Det hjælper dig med: Jeg vil gerne arbejde med dyr, fire dage om ugen.",
      "Jeg er god til at passe på dyr.",
    ]);
  });

  it("names who does what in her words: she is Dig, an empty owner someone in the network", () => {
    const text = summaryOf(praktikPlan);
    expect(text).toContain("Dig: Ringe til dyreinternatet om en praktikplads.");
    expect(text).toContain("En fra netværket: Finde en cykel til Freja.");
  });
});
