import { perspectiveQuestions, type Scale } from "@samplan/shared/model";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { da } from "../../i18n/da.ts";
import { questionWords, reasonWords } from "./questionWords.ts";

const i18n = i18next.createInstance();
beforeAll(() =>
  i18n.init({ resources: { da: { translation: da } }, lng: "da", interpolation: { escapeValue: false } }),
);

const at = new Date().toISOString();
const scale = (raterName: string, value: number, raterRole: Scale["raterRole"] = "fagperson"): Scale => ({
  raterKey: raterName,
  raterName,
  raterRole,
  value,
  at,
});

describe("the suggested questions in the chair's words", () => {
  it("asks by first name and value, and says why only with full names", () => {
    const [first, second] = perspectiveQuestions(
      [scale("Lene Berg", 4, "borger"), scale("Mette Juul", 3), scale("Ole Dahl", 7)],
      [],
    );
    if (!first || !second) throw new Error("two questions expected");
    expect(questionWords(first, i18n.t)).toBe("Ole, hvad ser du, der får dig til at sætte 7?");
    expect(questionWords(second, i18n.t)).toBe(
      "Lene, hvad skulle der til for at rykke ét trin op, og hvem ville opdage det først?",
    );
    expect(reasonWords(first, i18n.t)).toBe("Mette Juul har sat 3 og Ole Dahl 7: 4 trin fra hinanden.");
  });

  it("names the step since last time when she moved alone", () => {
    const [question] = perspectiveQuestions(
      [scale("Lene Berg", 6, "borger"), scale("Ole Dahl", 5)],
      [scale("Lene Berg", 4, "borger"), scale("Ole Dahl", 5)],
    );
    if (!question) throw new Error("a question expected");
    expect(questionWords(question, i18n.t)).toBe("Lene, du er gået fra 4 til 6. Hvad har du gjort, der har hjulpet?");
    expect(reasonWords(question, i18n.t)).toBe(
      "Lene Berg er gået fra 4 til 6 siden sidst. De andre står, hvor de stod.",
    );
  });
});
