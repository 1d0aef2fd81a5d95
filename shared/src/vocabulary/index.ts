// The plain words client, server and document agree on: ids, roles, statuses, section keys,
// document names, audit actions, dates. Nothing here imports Yjs or another module of ours, so
// any page can use it without carrying the CRDT, and model/ and api/ both build on it.

export * from "./auditActions.ts";
export * from "./auditActionsInDanish.ts";
export * from "./dates.ts";
export * from "./documentName.ts";
export * from "./ids.ts";
export * from "./language.ts";
export * from "./lifeAreas.ts";
export * from "./mail.ts";
export * from "./roles.ts";
export * from "./sections.ts";
export * from "./statuses.ts";
