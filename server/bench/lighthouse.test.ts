import { describe, expect, it } from "vitest";
import { figures, goalRows, lcpElement, notTheMeeting, type PageResult, type Report } from "./lighthouse.ts";

const MEETING = "0b6f1a52-7c55-4a8e-9d1e-2f3a4b5c6d7e";
const BASE = "http://127.0.0.1:4000";

/** A report as Lighthouse 12 writes one, cut down to what the bench reads. */
function report(overrides: Partial<Report> = {}, tokenStatus: number | null = 200): Report {
  return {
    finalDisplayedUrl: `${BASE}/meetings/${MEETING}`,
    runWarnings: [],
    categories: {
      performance: { score: 0.874 },
      accessibility: { score: 1 },
      "best-practices": { score: 0.96 },
    },
    audits: {
      "largest-contentful-paint": { numericValue: 2612.4 },
      interactive: { numericValue: 3100 },
      "total-blocking-time": { numericValue: 180 },
      "cumulative-layout-shift": { numericValue: 0.13 },
      "total-byte-weight": { numericValue: 250_000 },
      "largest-contentful-paint-element": {
        details: {
          type: "list",
          items: [
            {
              type: "table",
              items: [
                {
                  node: {
                    type: "node",
                    selector: "div.meeting-heading > h1",
                    nodeLabel: "Netværksmøde",
                  },
                },
              ],
            },
            { type: "table", items: [{ phase: "TTFB", timing: 500 }] },
          ],
        },
      },
      "network-requests": {
        details: {
          type: "table",
          items: [
            { url: `${BASE}/api/session`, statusCode: 200 },
            ...(tokenStatus === null
              ? []
              : [{ url: `${BASE}/api/meetings/${MEETING}/connection-token`, statusCode: tokenStatus }]),
          ],
        },
      },
    },
    ...overrides,
  };
}

describe("figures", () => {
  it("reads scores as 0–100 and metrics as Lighthouse's numbers, null where an audit gave none", () => {
    const lhr = report();
    delete lhr.audits.interactive;
    expect(figures(lhr)).toEqual({
      performance: 87,
      lcpMs: 2612.4,
      ttiMs: null,
      tbtMs: 180,
      cls: 0.13,
      bytes: 250_000,
      accessibility: 100,
      bestPractices: 96,
    });
  });
});

describe("lcpElement", () => {
  it("finds the element inside Lighthouse's list of tables", () => {
    expect(lcpElement(report())).toBe("Netværksmøde (div.meeting-heading > h1)");
  });
});

describe("notTheMeeting", () => {
  it("accepts a report that ended on the meeting after its connection token was given", () => {
    expect(notTheMeeting(report(), MEETING)).toBeNull();
  });

  it("refuses a report of the sign-in page", () => {
    const lhr = report({ finalDisplayedUrl: `${BASE}/sign-in?next=%2Fmeetings%2F${MEETING}` });
    expect(notTheMeeting(lhr, MEETING)).toMatch(/ended on \/sign-in/);
  });

  it("refuses a page that never got into the meeting", () => {
    expect(notTheMeeting(report({}, null), MEETING)).toMatch(/never asked to connect/);
    expect(notTheMeeting(report({}, 403), MEETING)).toMatch(/refused \(403\)/);
  });

  it("refuses a report whose largest paint is the refusal notice", () => {
    const lhr = report();
    lhr.audits["largest-contentful-paint-element"] = {
      details: { type: "node", selector: "div.refusal > h2", nodeLabel: "Du har ikke adgang" },
    };
    expect(notTheMeeting(lhr, MEETING)).toMatch(/refusal/);
  });

  it("passes on Lighthouse's own failure", () => {
    const lhr = report({ runtimeError: { code: "NO_NAVSTART", message: "No navstart" } });
    expect(notTheMeeting(lhr, MEETING)).toMatch(/could not load the page: No navstart/);
  });
});

describe("goalRows", () => {
  it("puts each page in a column and says per page whether it is within the goal", () => {
    const page = (name: string, lcpMs: number | null): PageResult => ({
      page: name,
      profile: "mobile",
      figures: { ...figures(report()), lcpMs },
      lcpElement: null,
      endedOn: `/meetings/${MEETING}`,
      benchmarkIndex: 1500,
      runWarnings: [],
      files: [],
    });
    const rows = goalRows([page("first", 2612.4), page("repeat", 900), page("desk", null)]);
    expect(rows.find((row) => row.measure === "Largest Contentful Paint")).toEqual({
      measure: "Largest Contentful Paint",
      first: "2.6 s",
      repeat: "0.9 s",
      desk: "not reported",
      goal: "≤ 2.5 s",
      within: "NO / yes / —",
    });
    expect(rows.find((row) => row.measure === "bytes transferred")).toMatchObject({
      first: "244 KiB",
      within: "yes / yes / yes",
    });
  });
});
