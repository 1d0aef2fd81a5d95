// The record of a meeting as plain data: its minutes and who wrote what. The model reads it out of
// a document and the API carries it, so it lives apart from both and depends only on the vocabulary.
export * from "./Attribution.ts";
export * from "./Minutes.ts";
export * from "./readability.ts";
export * from "./spread.ts";
