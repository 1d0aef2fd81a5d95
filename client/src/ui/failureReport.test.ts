import { ClientErrorReport } from "@samplan/shared/api";
import { describe, expect, it } from "vitest";
import { failureReport, isChunkLoadError } from "./failureReport.ts";

describe("the report of a part that failed to draw", () => {
  it("names the error's kind and where in the code, never its message or whose page it was", () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'Mette flytter i egen lejlighed')");
    error.stack = [
      "TypeError: Cannot read properties of undefined (reading 'Mette flytter i egen lejlighed')",
      "    at GoalsSection (http://127.0.0.1:3000/assets/MeetingPage-B1x.js:12:345)",
      "    at renderWithHooks (http://127.0.0.1:3000/assets/index-C2y.js:1:9876)",
    ].join("\n");
    const report = failureReport(error, "goals", "/meetings/5f0c2e1a-0000-4000-8000-000000000001/referat");
    expect(report).toEqual({
      part: "goals",
      kind: "render",
      name: "TypeError",
      frames: [
        "at GoalsSection (http://127.0.0.1:3000/assets/MeetingPage-B1x.js:12:345)",
        "at renderWithHooks (http://127.0.0.1:3000/assets/index-C2y.js:1:9876)",
      ],
      route: "/meetings/:id/referat",
    });
    expect(JSON.stringify(report)).not.toContain("Mette");
    // What the server accepts: the same schema checks it there.
    expect(ClientErrorReport.safeParse(report).success).toBe(true);
  });

  it("reads Firefox's frames too, and tells code that did not load from a render error", () => {
    const error = new TypeError("error loading dynamically imported module: http://127.0.0.1/assets/InvitePanel-x.js");
    error.stack = "InvitePanel@http://127.0.0.1/assets/MeetingPage-B1x.js:3:14\n";
    const report = failureReport(error, "invitations", "/meetings/5f0c2e1a-0000-4000-8000-000000000001");
    expect(report).toMatchObject({
      kind: "chunk",
      frames: ["InvitePanel@http://127.0.0.1/assets/MeetingPage-B1x.js:3:14"],
    });
    expect(isChunkLoadError(new TypeError("Failed to fetch dynamically imported module: /assets/x.js"))).toBe(true);
    expect(isChunkLoadError(new TypeError("x is undefined"))).toBe(false);
  });
});
