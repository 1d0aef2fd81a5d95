export * from "./ChairState.ts";
export * from "./Floor.ts";
export * from "./Phase.ts";
export * from "./voices.ts";
