export * from "./ApiError.ts";
export * from "./Audit.ts";
export * from "./Case.ts";
export * from "./Consent.ts";
export * from "./Meeting.ts";
export * from "./Roster.ts";
export * from "./Session.ts";
export * from "./Vocabulary.ts";
