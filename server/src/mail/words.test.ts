import { Language, STAFF_MAIL_LANGUAGES } from "@samplan/shared/vocabulary";
import { describe, expect, it } from "vitest";
import { mailWords } from "./words.ts";

const CITIZEN_ONLY = Language.options.filter((l) => !(STAFF_MAIL_LANGUAGES as readonly string[]).includes(l));
const STARTS = "2026-12-08T09:00:00Z";

describe("the citizen's e-mails in her own language", () => {
  it.each(CITIZEN_ONLY)("%s: every line is written in it, with what the e-mail is about kept as it is", (language) => {
    const w = mailWords(language);
    const da = mailWords("da");
    const lines = [
      w.greeting("Amal"),
      w.invitationSubject("Netværksmøde", "X"),
      w.invited("Netværksmøde"),
      w.changed("Netværksmøde"),
      w.tomorrow("Netværksmøde", "10:00"),
      w.cancelled("Netværksmøde", "X"),
      w.stepDue("Netværksmøde", w.stepYoursCitizen, "X"),
      w.newCoordinator("Line Berg"),
      w.seeSamplan("https://samplan.example/"),
      w.talkCitizen,
      w.joinGuest,
      w.askHowItGoes,
    ];
    for (const line of lines) expect(line.length).toBeGreaterThan(3);
    expect(w.invited("Netværksmøde")).toContain("Netværksmøde");
    expect(w.newCoordinator("Line Berg")).toContain("Line Berg");
    expect(w.talkCitizen).not.toBe(da.talkCitizen);
    expect(w.invited("M")).not.toBe(da.invited("M"));
  });

  it.each(CITIZEN_ONLY)("%s: dates in its words and in Western digits, in Copenhagen time", (language) => {
    const when = mailWords(language).dateTime(STARTS);
    // 09:00 UTC in December is 10:00 in Copenhagen.
    expect(when).toMatch(/10/);
    expect(when).toMatch(/\b8\b|(^|\D)8(\D|$)/);
    expect(when).not.toMatch(/[٠-٩۰-۹]/);
    expect(when).not.toBe(mailWords("da").dateTime(STARTS));
  });
});
