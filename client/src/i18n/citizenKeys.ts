import type { Translation } from "./da.ts";

/**
 * The words the citizen's own surfaces read (issue 21): her view of the meeting, the join page, her
 * preparation, and what every page around them shows (the header, errors, "not found"). Nothing is
 * moved: da.ts stays the one source of keys, and this list names the parts of it — a whole group,
 * or one key — that the citizen's languages translate. A language beyond Danish and English has
 * exactly these keys (its type says so, and citizenKeys.test.ts checks it at run time, plural
 * forms included); any other key falls back to Danish, as professionals' pages are in Danish or
 * English. A new word on a citizen surface goes here too, else her view shows it in Danish.
 */
export const CITIZEN_KEYS = [
  "app",
  // A refused request on her surfaces (ui/errorMessage.ts): the codes she can meet.
  "apiError.unavailable",
  "apiError.badRequest",
  "apiError.conflict",
  "apiError.meetingClosed",
  "header.account",
  "header.signedInAs",
  "header.signOut",
  "header.signOutFailed",
  "join",
  "notFound",
  "roles",
  "meeting.place",
  "meeting.remoteLink",
  "meeting.documentTitle",
  "meeting.caseLink",
  "meeting.startsAt",
  "meeting.errorTitle",
  "meeting.notFound",
  "meeting.loadingDocument",
  "meeting.citizenWords",
  "meeting.refusedTitle",
  "meeting.refusals",
  "meeting.reload",
  "meeting.newCode",
  "meeting.toStart",
  "chair.banner.heading",
  "chair.banner.now",
  "chair.banner.next",
  "chair.banner.last",
  "chair.banner.loading",
  "chair.banner.offline",
  "chair.banner.follow",
  "chair.banner.announcePhase",
  "chair.banner.announceNotStarted",
  "chair.banner.announceSpeaker",
  "chair.banner.announceRoundEnded",
  "chair.round.notStarted",
  "chair.round.listLabel",
  "chair.round.speaking",
  "chair.round.spoken",
  "chair.round.waiting",
  "chair.round.noteLabel",
  "chair.round.notePlaceholder",
  "chair.round.noteLater",
  "chair.hands.raise",
  "chair.hands.lower",
  "chair.hands.place",
  "chair.hands.yourTurn",
  "chair.hands.raised",
  "chair.hands.lowered",
  "presence",
  "connection",
  "citizenView.sections",
  "citizenView.step",
  "citizenView.now",
  "citizenView.notStarted",
  "citizenView.stepGivenToYou",
  "citizenView.stepGivenToYouUntitled",
  "readAloud",
  "agreement.heading",
  "agreement.explanation",
  "agreement.agree",
  "agreement.disagree",
  "agreement.reasonLabel",
  "agreement.reasonHint",
  "agreement.send",
  "agreement.back",
  "agreement.youAgree",
  "agreement.youDisagree",
  "agreement.yourWords",
  "agreement.withdraw",
  "agreement.sent",
  "agreement.withdrawn",
  "agreement.changed",
  "agreement.added",
  "agreement.before",
  "agreement.notThere",
  "agreement.now",
  "saving",
  "failure",
  "update",
  "busy",
  "undo",
  "sections.goals.item",
  "sections.observations.item",
  "sections.steps.item",
  "item",
  "fields",
  "scale.question",
  "scale.yours",
  "scale.ends",
  "scale.low",
  "scale.high",
  "scale.clear",
  "scale.set",
  "scale.cleared",
  "scale.last",
  "scale.yourLast",
  "scale.othersHeading",
  "scale.othersNone",
  "scale.other",
  "scale.otherWithLast",
  "review.badge",
  "review.agreed",
  "review.agreedNoDate",
  "review.agreedNoOwner",
  "review.agreedNoOwnerNoDate",
  "review.citizen",
  "review.emptyText",
  "review.outcomeLegend",
  "review.outcomes",
  "review.outcomeSet",
  "review.notePlaceholder",
  "progress.goalStatus",
  "progress.statusLabel",
  "progress.statusReason",
  "progress.carried",
  "progress.markReached",
  "progress.setAside",
  "progress.reason",
  "progress.reasonRequired",
  "progress.confirmAside",
  "progress.reactivate",
  "progress.reachedDone",
  "progress.asideDone",
  "progress.reactivated",
  "preparation",
  "handover.citizen",
  "handover.dismiss",
  "record.closedNotice",
  "record.summary",
  "attribution.writtenBy",
  "attribution.claimedBy",
  "attribution.editedBy",
  "attribution.author",
  "attribution.roles",
  "attribution.showRuns",
  "attribution.hideRuns",
  "attribution.runsLabel",
  "attribution.runBy",
  "attribution.unknown",
  "resources.section.item",
  "resources.citizenView",
  "resources.kinds",
  "resources.summary",
  "coherence.week",
  // Issue 20: the question the chair took into the round, shown with the round.
  "perspectives.roundQuestion",
  "meetingRating.citizen",
  // The week beside a date she picks ("uge 49"), and the calendar's week column.
  "datePicker",
  // Issue 20: "Et år frem", its question and her answers, in her view.
  "futureDialogue.everyone",
  // Issue 20 part 5: the method the meeting follows, named on her view of it.
  "methods.follows",
  // The life area on her goal, as a plain label ("Handler om: Bolig").
  "goalAreas.citizenLabel",
  "goalAreas.areas",
] as const;

type CitizenKey = (typeof CITIZEN_KEYS)[number];

type Head<P> = P extends `${infer H}.${string}` ? H : P;
type Tail<P, K extends string> = P extends `${K}.${infer R}` ? R : never;

/** The part of `T` the dotted paths `P` name: a whole group where a path ends at one. */
type PickPaths<T, P extends string> = {
  [K in keyof T & string as K extends Head<P> ? K : never]: K extends P ? T[K] : PickPaths<T[K], Tail<P, K>>;
};

/** A CLDR plural category (Intl.PluralRules): Danish has one and other, Polish four, Arabic all six. */
export type PluralForm = "zero" | "one" | "two" | "few" | "many" | "other";

/** Danish's `x_one`/`x_other` become `x_<form>` for each of the language's own plural forms. */
type WithPlurals<T, F extends PluralForm> = {
  [K in keyof T & string as K extends `${string}_one`
    ? never
    : K extends `${infer B}_other`
      ? `${B}_${F}`
      : K]: T[K] extends string ? string : WithPlurals<T[K], F>;
};

/** What a citizen's language must translate: the citizen keys, in its own plural forms. */
export type CitizenTranslation<F extends PluralForm> = WithPlurals<PickPaths<Translation, CitizenKey>, F>;

/** Who translated a language, and whether someone who speaks it has read it through. */
export interface TranslationAbout {
  translatedBy: string;
  /** Until true, the citizen sees "Oversat automatisk — spørg, hvis noget er uklart" in her language. */
  reviewed: boolean;
}
