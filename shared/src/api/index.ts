export * from "./ApiError.ts";
export * from "./Case.ts";
export * from "./Meeting.ts";
