import { describe, expect, it } from "vitest";
import type { Scale } from "./Goal.ts";
import { firstName, perspectiveQuestions, perspectivesOf } from "./perspectives.ts";

const now = new Date().toISOString();

function scale(name: string, value: number, role: Scale["raterRole"] = "fagperson"): Scale {
  return { raterKey: `m-${name}`, raterName: name, raterRole: role, value, at: now };
}

const lene = (value: number) => scale("Lene Berg", value, "borger");
const ole = (value: number) => scale("Ole Dahl", value);
const mette = (value: number) => scale("Mette Juul", value);

function asked(scales: Scale[], previous: Scale[] = []) {
  return perspectiveQuestions(scales, previous).map((q) => `${q.kind}→${q.to.raterName}`);
}

describe("how each scale moved since last time", () => {
  it("gives each person's step since last meeting, and none for someone new", () => {
    const moves = perspectivesOf([lene(6), ole(7), mette(4)], [lene(4), ole(7)]);
    expect(moves.map((p) => [p.raterName, p.last, p.moved])).toEqual([
      ["Lene Berg", 4, 2],
      ["Ole Dahl", 7, 0],
      ["Mette Juul", null, null],
    ]);
  });
});

describe("questions when the views on a goal differ", () => {
  it("asks the one furthest from the citizen what they see, and her what one step up would take", () => {
    // The table: the citizen 4, two professionals 3 and 7.
    const questions = perspectiveQuestions([lene(4), mette(3), ole(7)], []);
    expect(questions.map((q) => [q.kind, q.to.raterName, q.to.value])).toEqual([
      ["whatDoYouSee", "Ole Dahl", 7],
      ["oneStepUp", "Lene Berg", 4],
    ]);
    const reason = questions[0]?.reason;
    expect(reason?.kind === "apart" && [reason.low.value, reason.high.value]).toEqual([3, 7]);
  });

  it("suggests nothing while every scale is within one step of the others", () => {
    expect(asked([lene(5), ole(6), mette(6)])).toEqual([]);
    expect(asked([lene(5)])).toEqual([]);
    expect(asked([])).toEqual([]);
  });

  it("counts two steps as apart, between any two people", () => {
    expect(asked([lene(5), ole(7)])).toEqual(["whatDoYouSee→Ole Dahl", "oneStepUp→Lene Berg"]);
    // She is in the middle: the professional furthest from her is asked, whichever side.
    expect(asked([lene(5), mette(4), ole(6)])).toEqual(["whatDoYouSee→Mette Juul", "oneStepUp→Lene Berg"]);
  });

  it("without her scale asks the highest what they see and the lowest about the step up", () => {
    expect(asked([mette(2), ole(6)])).toEqual(["whatDoYouSee→Ole Dahl", "oneStepUp→Mette Juul"]);
  });
});

describe("questions when one side moved and the other did not", () => {
  it("asks her what helped when she alone moved up", () => {
    expect(asked([lene(6), ole(6)], [lene(4), ole(6)])).toEqual(["whatHelped→Lene Berg"]);
  });

  it("asks her what kept it from falling further when she alone moved down", () => {
    expect(asked([lene(3), ole(3)], [lene(4), ole(3)])).toEqual(["whatKeptItFromFalling→Lene Berg"]);
  });

  it("asks the professional who moved most what they noticed, when she stood still", () => {
    expect(asked([lene(5), ole(6), mette(5)], [lene(5), ole(5), mette(3)])).toEqual(["whatDidYouNotice→Mette Juul"]);
  });

  it("says nothing of movement when everyone moved, nobody did, or there is no last time to compare", () => {
    expect(asked([lene(5), ole(6)], [lene(4), ole(5)])).toEqual([]);
    expect(asked([lene(5), ole(6)], [lene(5), ole(6)])).toEqual([]);
    expect(asked([lene(5), ole(6)], [lene(3)])).toEqual([]);
  });

  it("offers at most two, one of each, when the views are apart and she moved alone", () => {
    const questions = asked([lene(7), ole(4), mette(4)], [lene(5), ole(4), mette(4)]);
    expect(questions).toEqual(["whatDoYouSee→Ole Dahl", "whatHelped→Lene Berg"]);
  });
});

describe("first names", () => {
  it("addresses people by their first name", () => {
    expect(firstName(" Ole  Dahl ")).toBe("Ole");
    expect(firstName("Lene")).toBe("Lene");
  });
});
