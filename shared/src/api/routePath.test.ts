import { describe, expect, it } from "vitest";
import { pathOf } from "./routePath.ts";
import { apiRouteAreas, apiRoutes } from "./routes.ts";

describe("pathOf", () => {
  it("fills each parameter of a route's path", () => {
    const path = pathOf(apiRoutes.updateMember, { caseId: "c-1", memberId: "m-2" });
    expect(path).toBe("/api/cases/c-1/members/m-2");
    expect(pathOf(apiRoutes.version, { meetingId: "m", number: 3 })).toBe("/api/meetings/m/versions/3");
    expect(pathOf(apiRoutes.minutesPdf, { meetingId: "m" })).toBe("/api/meetings/m/minutes.pdf");
  });

  it("leaves a route without parameters as it is", () => {
    expect(pathOf(apiRoutes.cases)).toBe("/api/cases");
  });

  it("percent-encodes a parameter, so it cannot reach another path", () => {
    expect(pathOf(apiRoutes.case, { caseId: "../accounts?x=1#y" })).toBe("/api/cases/..%2Faccounts%3Fx%3D1%23y");
  });

  it("refuses a parameter left out at run time", () => {
    expect(() => pathOf(apiRoutes.case, {} as { caseId: string })).toThrow("caseId");
  });
});

describe("the route table", () => {
  it("names each method and path once", () => {
    const keys = Object.values(apiRoutes).map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is its areas put together, no route left out and none named twice", () => {
    const byArea = Object.values(apiRouteAreas).flatMap((area) => Object.keys(area));
    expect(new Set(byArea).size).toBe(byArea.length);
    expect(Object.keys(apiRoutes).sort()).toEqual(byArea.sort());
  });
});
