import { adminWords } from "./da/adminWords.ts";
import { caseWords } from "./da/caseWords.ts";
import { commonWords } from "./da/commonWords.ts";
import { meetingWords } from "./da/meetingWords.ts";
import { planWords } from "./da/planWords.ts";
import { signInWords } from "./da/signInWords.ts";

/**
 * Danish, the default language, in parts by page (issue 25), so a first page downloads only the
 * words it reads. A key keeps its name whatever part holds it (`t("desk.title")`); each top-level
 * group lives whole in one part:
 *
 * - common (da/commonWords.ts), in the first load: app header join forbidden notFound roles
 *   apiError failure update busy start desk steps stepLink invite progress team account
 * - plan (da/planWords.ts): fields formatting item sections review scale resources readAloud
 *   readability agreement attribution record handover tableRoles download saving undo connection presence
 *   goalAreas
 * - meeting (da/meetingWords.ts): meeting chair citizenView preparation futureDialogue methods
 * - case (da/caseWords.ts): case caseClosing consent roster audit
 * - admin (da/adminWords.ts): setup settings teams teamFigures
 * - signIn (da/signInWords.ts): signIn, with the sign-in page alone
 *
 * Where a new group goes: in the part of the page(s) that read it. A group read by the chair's
 * panel, the meeting or the big screen goes in meeting; one a plan section shows (also on the case
 * page and the minutes) in plan; one the start page, the invitation link or the shell reads in
 * common (it costs every first load, so only then). A page loads its parts with its code
 * (`withWords` in App.tsx, i18n/pageWords.ts); wordsByPage.test.ts fails when a page reads a group
 * its parts do not hold.
 *
 * This object, all parts together, is the source of truth for the keys: en.ts must have exactly
 * the same shape, which the `Translation` type enforces. The app itself never imports it (it would
 * bring every word back into the first load): only types, tests and en.ts's shape do.
 */
export const da = {
  ...commonWords,
  ...planWords,
  ...meetingWords,
  ...caseWords,
  ...adminWords,
  ...signInWords,
} as const;

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every language must have: Danish's keys, any wording. */
export type Translation = Strings<typeof da>;
