import { describe, expect, it } from "vitest";
import { areasFromWords } from "./areaWords.ts";

describe("who works with what, from a roster entry's words", () => {
  it("reads the area from a profession or an organisation, whatever the case or the ending", () => {
    expect(areasFromWords("Boligrådgiver", "")).toEqual(["housing"]);
    expect(areasFromWords("Medarbejder", "Bostøtten Vest")).toEqual(["housing"]);
    expect(areasFromWords("Psykiater", "Region Hovedstadens Psykiatri")).toEqual(["health"]);
    expect(areasFromWords("Sygeplejerske", "")).toEqual(["health"]);
    expect(areasFromWords("Behandler", "Rusmiddelcentret")).toEqual(["substances"]);
    expect(areasFromWords("Jobkonsulent", "Jobcenter Nord")).toEqual(["work"]);
    expect(areasFromWords("Gældsrådgiver", "")).toEqual(["money"]);
  });

  it("gives every area an entry names, and none to words that name no area", () => {
    expect(areasFromWords("Virksomhedskonsulent", "Misbrugscenter")).toEqual(["substances", "work"]);
    expect(areasFromWords("Socialrådgiver", "Borgerservice")).toEqual([]);
    expect(areasFromWords("", "")).toEqual([]);
  });
});
