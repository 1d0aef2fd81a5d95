import { describe, expect, it } from "vitest";
import { HARD_LIX, isHardToRead, LIX_MIN_WORDS, lix, readability } from "./readability.ts";

describe("LIX", () => {
  it("is words per sentence plus the share of words over six letters, in per cent", () => {
    // 6 words, 2 sentences, none over six letters ("Hunden", "Katten" have six).
    expect(lix("Hunden løber. Katten sover i solen.")).toBe(3);
    // 3 words, 1 sentence, all three long.
    expect(lix("Kommunikationen fungerede udmærket.")).toBe(103);
    expect(lix("")).toBe(0);
  });

  it("counts a last sentence without its full stop, every line as a sentence, and the colon", () => {
    expect(lix("Hunden løber. Katten sover i solen")).toBe(3);
    expect(lix("Hunden løber\nKatten sover i solen")).toBe(3);
    expect(lix("Hunden løber: katten sover i solen")).toBe(3);
  });

  it("does not end a sentence at an abbreviation's dot", () => {
    // One sentence of seven words ("§" is none), two of them over six letters.
    expect(lix("Hun starter jf. LAB § 32 i praktik.")).toBeCloseTo(7 + 200 / 7);
  });

  it("tells everyday Danish from case-work Danish", () => {
    const plain = "Jeg vil gerne arbejde med dyr, fire dage om ugen. Jeg tog bussen alene til praktikken tre gange.";
    const caseWork =
      "Borgeren visiteres til virksomhedspraktik med henblik på afklaring af arbejdsevnen og eventuelle beskæftigelsesmæssige udfordringer i relation til det fremadrettede forløb.";
    expect(lix(plain)).toBeLessThan(25);
    expect(lix(caseWork)).toBeGreaterThan(HARD_LIX);
  });
});

describe("what makes a text hard to read", () => {
  it("is nothing in a plain sentence", () => {
    const plain = readability("Freja ringer til dyreinternatet om en praktikplads i næste uge.");
    expect(plain).toEqual({ lix: expect.any(Number), longWords: [], jargon: [] });
    expect(isHardToRead(plain)).toBe(false);
  });

  it("is a high LIX on a sentence of some length", () => {
    const hard = readability(
      "Borgeren visiteres til virksomhedspraktik med henblik på afklaring af arbejdsevnen og eventuelle udfordringer.",
    );
    expect(hard.lix).toBeGreaterThan(HARD_LIX);
    expect(isHardToRead(hard)).toBe(true);
  });

  it("gives no LIX for a short note, where one long word would decide it", () => {
    const short = readability("Ring til jobcentret");
    expect(short.lix).toBeNull();
    expect(isHardToRead(short)).toBe(false);
    expect(readability("en to tre fire fem seks syv otte ni ti").lix).toBe(10);
    expect(LIX_MIN_WORDS).toBe(10);
  });

  it("names the words of 18 letters or more, once each whatever their case, but not the compounds most people know", () => {
    expect(readability("Virksomhedspraktik og beskæftigelsesindsats, og igen virksomhedspraktik.").longWords).toEqual([
      "Virksomhedspraktik",
      "beskæftigelsesindsats",
    ]);
    expect(readability("Hun vil tale med socialrådgiveren om en ungdomsuddannelse.").longWords).toEqual([]);
  });

  it("names the case-work abbreviations, dotted ones in any case and with or without the dot", () => {
    expect(readability("Praktik jf. LAB § 32, ift. STU og FGU.").jargon).toEqual([
      "jf.",
      "ift.",
      "§",
      "LAB",
      "STU",
      "FGU",
    ]);
    expect(readability("Jf samtalen og IFT. skolen").jargon).toEqual(["jf.", "ift."]);
    expect(isHardToRead(readability("Ift. skolen"))).toBe(true);
  });

  it("does not mistake ordinary words for abbreviations", () => {
    // Lower-case "lab", "sel", "stu"; "Labrador"; "fx", "evt." and "SU" are everyday Danish.
    expect(readability("En sel i et lab, en Labrador i stuen, fx evt. SU til bussen.").jargon).toEqual([]);
  });
});
