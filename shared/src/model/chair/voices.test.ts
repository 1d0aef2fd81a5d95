import { describe, expect, it } from "vitest";
import { addGoal } from "../Goal.ts";
import { createMeetingDocument, readMeetingContent } from "../MeetingDocument.ts";
import { addNextStep } from "../NextStep.ts";
import { createChairDocument } from "./ChairState.ts";
import { type FloorEntry, handFloorKey, listFloor, recordFloor, roundFloorKey } from "./Floor.ts";
import { countVoices, LONGEST_COUNTED_TURN_MS, ownWords } from "./voices.ts";

const MINUTE = 60_000;
const start = Date.now();
const sara = { key: "m-sara", name: "Sara", role: "borger" as const };
const ole = { key: "m-ole", name: "Ole", role: "fagperson" as const };
const mette = { key: "m-mette", name: "Mette", role: "fagperson" as const };

function turn(at: number, speaker: FloorEntry["speaker"], via: FloorEntry["via"] = "round"): FloorEntry {
  return { at: start + at, speaker, via, raisedAt: null };
}

describe("speaking time", () => {
  it("runs from each change of the floor to the next, per person, most first", () => {
    const figures = countVoices(
      [turn(0, sara), turn(2 * MINUTE, ole), turn(7 * MINUTE, sara), turn(8 * MINUTE, null, "phase")],
      start + 20 * MINUTE,
    );
    expect(figures.speakers.map((s) => [s.name, s.ms / MINUTE, s.turns])).toEqual([
      ["Ole", 5, 1],
      ["Sara", 3, 2],
    ]);
    expect(figures.totalMs).toBe(8 * MINUTE);
    expect(figures.citizenShare).toBeCloseTo(3 / 8);
  });

  it("counts a hand taken during a round, then the round's turn it gives, as one turn", () => {
    const hand = { ...turn(MINUTE, ole, "hand"), raisedAt: start };
    const figures = countVoices(
      [turn(0, sara), hand, turn(MINUTE + 200, ole), turn(4 * MINUTE, sara)],
      start + 5 * MINUTE,
    );
    expect(figures.speakers.map((s) => [s.name, s.ms / MINUTE, s.turns])).toEqual([
      ["Ole", 3, 1],
      ["Sara", 2, 2],
    ]);
  });

  it("counts a turn still going up to now, and one nobody ended at most fifteen minutes", () => {
    expect(countVoices([turn(0, mette)], start + 4 * MINUTE).speakers[0]?.ms).toBe(4 * MINUTE);
    expect(countVoices([turn(0, mette)], start + 90 * MINUTE).speakers[0]?.ms).toBe(LONGEST_COUNTED_TURN_MS);
  });

  it("says nothing about a share before anyone had the floor, and 0 % when she did not speak", () => {
    expect(countVoices([], start).citizenShare).toBeNull();
    expect(countVoices([turn(0, ole)], start + MINUTE).citizenShare).toBe(0);
  });

  it("tells how long raised hands waited, and who waited longest", () => {
    const hand = (at: number, raisedAgo: number, speaker: NonNullable<FloorEntry["speaker"]>): FloorEntry => ({
      at: start + at,
      speaker,
      via: "hand",
      raisedAt: start + at - raisedAgo,
    });
    const { waits } = countVoices([hand(0, 30_000, ole), hand(MINUTE, 90_000, sara)], start + 2 * MINUTE);
    expect(waits).toEqual({ count: 2, averageMs: 60_000, longestMs: 90_000, longestName: "Sara" });
    expect(countVoices([turn(0, ole)], start + MINUTE).waits).toBeNull();
  });
});

describe("the floor's log", () => {
  it("keeps one entry per change, however many of the chair's tabs record it", () => {
    const doc = createChairDocument();
    const entry = turn(0, sara);
    recordFloor(doc, roundFloorKey(entry.at), entry);
    recordFloor(doc, roundFloorKey(entry.at), { ...entry, speaker: ole });
    recordFloor(doc, handFloorKey({ key: ole.key, raisedAt: start - 1 }), {
      ...turn(MINUTE, ole, "hand"),
      raisedAt: start - 1,
    });
    expect(listFloor(doc).map((e) => e.speaker?.name)).toEqual(["Sara", "Ole"]);
  });
});

describe("her own words", () => {
  it("counts the items she wrote and the share of the plan's letters in them", () => {
    const doc = createMeetingDocument();
    addGoal(doc, { createdBy: "Sara", createdByRole: "borger", text: "Jeg vil have et job med dyr" });
    addNextStep(doc, { createdBy: "Ole", createdByRole: "fagperson", text: "Ole ringer til dyreklinikken" });
    addNextStep(doc, { createdBy: "Mette", createdByRole: "fagperson", text: "   " });
    const words = ownWords(readMeetingContent(doc), (item) => item.createdByRole === "borger");
    expect(words).toEqual({ items: 2, citizenItems: 1, characters: 21 + 25, citizenCharacters: 21 });
  });
});
