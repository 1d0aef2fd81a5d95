export * from "./ChairState.ts";
export * from "./Phase.ts";
