import { ApiError } from "@samplan/shared/api";
import i18next, { type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../api/ApiFailure.ts";
import { da } from "../i18n/da.ts";
import { en } from "../i18n/en.ts";
import { ERROR_TEXT, errorMessage } from "./errorMessage.ts";

/**
 * Issue 19 point 3: a refused request is told in the person's language from its stable code, never
 * with the server's English message. Every code the API declares (the ApiError enum the OpenAPI
 * document's error answers are made of) must have words in Danish and in English.
 */
const i18n = i18next.createInstance();
await i18n.init({
  lng: "da",
  fallbackLng: false,
  resources: { da: { translation: da }, en: { translation: en } },
  interpolation: { escapeValue: false },
});
const inDanish = i18n.getFixedT("da") as TFunction;
const CODES = ApiError.shape.error.shape.code.options;
const ENGLISH_FROM_THE_SERVER = "English words from the server";

describe("errorMessage", () => {
  it.each(CODES)("has Danish and English words for %s", (code) => {
    const key = ERROR_TEXT[code];
    expect(key, `no text chosen for ${code}`).toBeTruthy();
    for (const lng of ["da", "en"]) {
      expect(i18n.exists(key, { lng }), `${lng} has no ${key} for ${code}`).toBe(true);
    }
    const shown = errorMessage(new ApiFailure(409, code, ENGLISH_FROM_THE_SERVER), inDanish);
    expect(shown).toBe(inDanish(key));
    expect(shown).not.toContain(ENGLISH_FROM_THE_SERVER);
  });

  it("says the journal note needs a case number in Danish, not in the server's English", () => {
    const refusal = new ApiFailure(
      409,
      "case_number_missing",
      "Enter the case number and KLE number on the case first",
    );
    expect(errorMessage(refusal, inDanish)).toBe("Skriv sagsnummer og KLE-nummer på forløbet først.");
  });

  it("tells a taken username from a closed meeting, which the server once both called 'conflict'", () => {
    const taken = errorMessage(new ApiFailure(409, "username_taken", "That username is taken"), inDanish);
    const closed = errorMessage(new ApiFailure(409, "meeting_closed", "The meeting is closed"), inDanish);
    expect(taken).toBe("Brugernavnet er optaget. Vælg et andet.");
    expect(closed).toBe("Mødet er lukket og kan ikke ændres.");
  });

  it("names the field a validation error is about, in the person's language", () => {
    const issues = [{ path: "username", message: "String must contain at least 3 character(s)" }];
    const refusal = new ApiFailure(400, "bad_request", "Invalid body: username: too short", issues);
    expect(errorMessage(refusal, inDanish)).toBe("Tjek feltet »Brugernavn«, og prøv igen.");
    expect(errorMessage(refusal, i18n.getFixedT("en") as TFunction)).toBe("Check the field “Username” and try again.");
  });

  it("falls back to a general Danish sentence for a field it has no name for, and for anything not from the API", () => {
    const issues = [{ path: "body", message: "Expected object, received string" }];
    expect(errorMessage(new ApiFailure(400, "bad_request", "Invalid body", issues), inDanish)).toBe(
      "Noget af det udfyldte kunne ikke bruges. Tjek felterne, og prøv igen.",
    );
    expect(errorMessage(new Error("boom"), inDanish)).toBe(da.app.genericError);
  });
});
