import { readability } from "@samplan/shared/record";
import { describe, expect, it } from "vitest";
import { dismissalOf, stillDismissed } from "./hintDismissal.ts";

const hard = "Peter søger praktik jf. LAB § 32 hos dyreinternatet.";
const okGivenTo = (text: string) => dismissalOf(text, readability(text));
const holdsFor = (text: string) => stillDismissed(okGivenTo(hard), text, readability(text));

describe("an OK to the readability hint", () => {
  it("holds for the same text, and while the writer goes on with it", () => {
    expect(holdsFor(hard)).toBe(true);
    expect(holdsFor(`${hard} Han starter i januar.`)).toBe(true);
    expect(holdsFor("Peter søger praktik jf. LAB § 32 hos et dyreinternat.")).toBe(true);
  });

  it("holds when a reason goes away", () => {
    expect(holdsFor("Peter søger praktik jf. § 32 hos dyreinternatet.")).toBe(true);
  });

  it("gives way to something new to say", () => {
    expect(holdsFor(`${hard} Det sker ift. STU.`)).toBe(false);
    expect(holdsFor(`${hard} Og virksomhedspraktikken.`)).toBe(false);
  });

  it("gives way to a text that is mostly new, even with the same reasons", () => {
    expect(holdsFor("Mødet aftalte at Freja kontakter skolen jf. LAB.")).toBe(false);
  });
});
