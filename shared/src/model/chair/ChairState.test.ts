import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { sync } from "../testing.ts";
import {
  advancePhase,
  askInRound,
  chairMap,
  createChairDocument,
  currentSpeaker,
  endRound,
  goToPhase,
  handQueue,
  moveSpeaker,
  nextSpeaker,
  nowAndNext,
  readChairState,
  startRound,
  startYearAheadRound,
  takeHand,
  timeboxStatus,
} from "./ChairState.ts";
import { addPhase, DEFAULT_AGENDA, listPhases, movePhase, seedAgenda, updatePhase } from "./Phase.ts";

function seeded() {
  const doc = createChairDocument();
  seedAgenda(doc, "Karin");
  return doc;
}

describe("the agenda", () => {
  it("starts from the default template of a network meeting", () => {
    const doc = seeded();
    expect(listPhases(doc).map((p) => p.title)).toEqual([
      "Velkommen og formål",
      "Borgerens mål",
      "Siden sidst",
      "Runden (alle perspektiver)",
      "Næste skridt",
      "Opsummering og næste møde",
    ]);
    expect(listPhases(doc).map((p) => p.section)).toEqual([null, "goals", "observations", "round", "steps", null]);
    seedAgenda(doc, "Karin");
    expect(listPhases(doc)).toHaveLength(DEFAULT_AGENDA.length);
  });

  it("can be edited by the chair: a phase added, moved and given another time box", () => {
    const doc = seeded();
    const pause = addPhase(doc, {
      createdBy: "Karin",
      title: "Pause",
      purpose: "Vi trækker vejret.",
      section: null,
      timeboxMinutes: 5,
      index: 3,
    });
    movePhase(doc, pause, 1);
    updatePhase(doc, pause, { timeboxMinutes: 10 });
    expect(listPhases(doc)[1]).toMatchObject({ title: "Pause", timeboxMinutes: 10 });
    expect(() => updatePhase(doc, pause, { timeboxMinutes: 0 })).toThrow();
  });
});

describe("phases", () => {
  it("shows what we do now and what comes next, moving phase by phase", () => {
    const doc = seeded();
    expect(nowAndNext(doc)).toMatchObject({ now: null, next: { title: "Velkommen og formål" } });
    advancePhase(doc);
    expect(nowAndNext(doc)).toMatchObject({ now: { title: "Velkommen og formål" }, next: { title: "Borgerens mål" } });
    for (let i = 0; i < 10; i++) advancePhase(doc);
    expect(nowAndNext(doc)).toMatchObject({ now: { title: "Opsummering og næste møde" }, next: null });
    const goals = listPhases(doc)[1]!;
    goToPhase(doc, goals.id);
    expect(nowAndNext(doc).now?.section).toBe("goals");
  });

  it("reads a damaged state as 'not started' rather than failing", () => {
    const doc = seeded();
    chairMap(doc).set("currentPhaseId", 42);
    chairMap(doc).set("round", "nonsense");
    expect(readChairState(doc)).toEqual({
      currentPhaseId: null,
      phaseStartedAt: null,
      round: null,
      speakerStartedAt: null,
    });
  });
});

describe("the round", () => {
  const people = [
    { id: "a", name: "Sara (borger)" },
    { id: "b", name: "Peter (psykolog)" },
    { id: "c", name: "Mette (praktikvært)" },
  ];

  it("gives everyone the floor in turn, ticking off who has spoken, and ends after the last", () => {
    const doc = seeded();
    startRound(doc, people, 120);
    expect(currentSpeaker(readChairState(doc))?.name).toBe("Sara (borger)");
    nextSpeaker(doc);
    expect(readChairState(doc).round).toMatchObject({ current: 1, spoken: ["a"], active: true });
    nextSpeaker(doc);
    nextSpeaker(doc);
    expect(readChairState(doc).round).toMatchObject({ active: false, spoken: ["a", "b", "c"] });
    expect(currentSpeaker(readChairState(doc))).toBeNull();
  });

  it("lets the chair change the order of those still waiting, not of those who have spoken", () => {
    const doc = seeded();
    startRound(doc, people);
    nextSpeaker(doc);
    moveSpeaker(doc, 2, 1);
    expect(readChairState(doc).round?.speakers.map((s) => s.id)).toEqual(["a", "c", "b"]);
    moveSpeaker(doc, 0, 2);
    expect(readChairState(doc).round?.speakers.map((s) => s.id)).toEqual(["a", "c", "b"]);
    endRound(doc);
    expect(readChairState(doc).round?.active).toBe(false);
  });

  const question = (to: { id: string | null; name: string }) => ({
    text: `${to.name}, hvad ser du, der får dig til at sætte 7?`,
    goalId: "goal-1",
    to,
  });
  const order = (doc: Y.Doc) => readChairState(doc).round?.speakers.map((s) => s.id);

  it("takes a question into a new round with the person asked first and the others after", () => {
    const doc = seeded();
    const peter = people[1] as (typeof people)[number];
    expect(askInRound(doc, question(peter), people)).toBe(true);
    expect(order(doc)).toEqual(["b", "a", "c"]);
    expect(currentSpeaker(readChairState(doc))?.id).toBe("b");
    expect(readChairState(doc).round?.question).toMatchObject({ goalId: "goal-1", to: { id: "b" } });
  });

  it("during a round puts the person asked next: moved up if waiting, back in if they spoke", () => {
    const doc = seeded();
    startRound(doc, people);
    const mette = people[2] as (typeof people)[number];
    expect(askInRound(doc, question(mette), people)).toBe(false);
    expect(order(doc)).toEqual(["a", "c", "b"]);
    expect(currentSpeaker(readChairState(doc))?.id).toBe("a");
    nextSpeaker(doc);
    nextSpeaker(doc);
    // Sara has spoken, Peter speaks: she is asked, and answers after him.
    askInRound(doc, question(people[0] as (typeof people)[number]), people);
    expect(order(doc)).toEqual(["c", "b", "a"]);
    expect(currentSpeaker(readChairState(doc))?.id).toBe("b");
    // Someone not in the round at all is brought in after the current speaker.
    askInRound(doc, question({ id: null, name: "Jens (bror)" }), people);
    expect(readChairState(doc).round?.speakers.map((s) => s.name)[2]).toBe("Jens (bror)");
  });

  it("keeps the question with the one speaking when they are the one asked, and drops it with a new round", () => {
    const doc = seeded();
    startRound(doc, people);
    expect(askInRound(doc, question(people[0] as (typeof people)[number]), people)).toBe(true);
    expect(order(doc)).toEqual(["a", "b", "c"]);
    expect(readChairState(doc).round?.question?.to.id).toBe("a");
    startRound(doc, people);
    expect(readChairState(doc).round?.question).toBeNull();
  });

  it("reads a round written before questions existed as one without a question", () => {
    const doc = seeded();
    chairMap(doc).set("round", { active: true, speakers: people, current: 0, spoken: [], speakerTimeboxSeconds: null });
    expect(readChairState(doc).round).toMatchObject({ active: true, question: null });
  });

  it("reaches every participant's copy of the chair's document", () => {
    const chair = seeded();
    const tablet = createChairDocument();
    sync(chair, tablet);
    advancePhase(chair);
    startRound(chair, people);
    sync(chair, tablet);
    expect(nowAndNext(tablet).now?.title).toBe("Velkommen og formål");
    expect(currentSpeaker(readChairState(tablet))?.name).toBe("Sara (borger)");
    expect(Y.encodeStateVector(tablet)).toEqual(Y.encodeStateVector(chair));
  });
});

describe("hands", () => {
  it("queue first raised first, and leave the queue when the chair takes them", () => {
    const doc = seeded();
    const hands = [
      { key: "b", name: "Peter", raisedAt: 2_000 },
      { key: "a", name: "Sara", raisedAt: 1_000 },
      { key: "c", name: "Mette", raisedAt: 3_000 },
    ];
    expect(handQueue(doc, hands).map((h) => h.name)).toEqual(["Sara", "Peter", "Mette"]);
    takeHand(doc, hands[1]!, hands[1]!.raisedAt + 5_000);
    expect(handQueue(doc, hands).map((h) => h.name)).toEqual(["Peter", "Mette"]);
    // Raised again later, the same person is back in the queue.
    expect(handQueue(doc, [{ key: "a", name: "Sara", raisedAt: 4_000 }]).map((h) => h.name)).toEqual(["Sara"]);
  });
});

describe("a hand taken during a round", () => {
  const ole = { id: "m-ole", name: "Ole" };
  const sara = { id: "m-sara", name: "Sara" };
  const mette = { id: "m-mette", name: "Mette" };
  const speaking = (doc: Y.Doc) => currentSpeaker(readChairState(doc))?.name;

  it("gives the hand's owner the floor now, and the one interrupted has it back after", () => {
    const doc = seeded();
    startRound(doc, [ole, sara]);
    takeHand(doc, { key: "m-peter", name: "Peter", raisedAt: 1_000 }, 2_000);
    expect(speaking(doc)).toBe("Peter");
    nextSpeaker(doc);
    expect(speaking(doc)).toBe("Ole");
    nextSpeaker(doc);
    expect(speaking(doc)).toBe("Sara");
  });

  it("moves someone still waiting in the round up to now, rather than letting them speak twice", () => {
    const doc = seeded();
    startRound(doc, [ole, sara, mette]);
    takeHand(doc, { key: "m-mette", name: "Mette", raisedAt: 1_000 }, 2_000);
    expect(speaking(doc)).toBe("Mette");
    expect(readChairState(doc).round?.speakers.map((s) => s.name)).toEqual(["Mette", "Ole", "Sara"]);
  });

  it("leaves the round alone when none is going", () => {
    const doc = seeded();
    takeHand(doc, { key: "m-peter", name: "Peter", raisedAt: 1_000 }, 2_000);
    expect(readChairState(doc).round).toBeNull();
  });
});

describe("timers", () => {
  it("count from the server's start time, whatever the device's own clock says", () => {
    const started = 1_000_000;
    expect(timeboxStatus(null, 60_000, started)).toBeNull();
    expect(timeboxStatus(started, 5 * 60_000, started + 60_000)).toEqual({
      elapsedMs: 60_000,
      remainingMs: 240_000,
      overMs: 0,
    });
    expect(timeboxStatus(started, 5 * 60_000, started + 6 * 60_000)).toEqual({
      elapsedMs: 360_000,
      remainingMs: 0,
      overMs: 60_000,
    });
    expect(timeboxStatus(started, null, started + 1_000)).toEqual({ elapsedMs: 1_000, remainingMs: null, overMs: 0 });
  });
});

describe("Et år frem", () => {
  it("is a round like any other, the citizen first, marked so everyone is asked the question; the next round is plain", () => {
    const doc = createChairDocument();
    startYearAheadRound(doc, [
      { id: "m-sara", name: "Sara" },
      { id: "m-mette", name: "Mette" },
    ]);
    expect(readChairState(doc).round).toMatchObject({ active: true, yearAhead: true, question: null });
    expect(currentSpeaker(readChairState(doc))?.name).toBe("Sara");
    nextSpeaker(doc);
    expect(readChairState(doc).round?.yearAhead).toBe(true);
    startRound(doc, [{ id: "m-mette", name: "Mette" }]);
    expect(readChairState(doc).round?.yearAhead).toBe(false);
  });
});
