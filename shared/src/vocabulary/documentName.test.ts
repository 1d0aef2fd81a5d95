import { describe, expect, it } from "vitest";
import {
  chairDocumentName,
  MeetingId,
  meetingDocumentName,
  parseDocumentName,
  parseMeetingDocumentName,
} from "./index.ts";

describe("meeting document names", () => {
  const id = MeetingId.parse("5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f");

  it("round-trips a meeting id", () => {
    expect(parseMeetingDocumentName(meetingDocumentName(id))).toBe(id);
  });

  it("names the chair's document of a meeting apart from its plan", () => {
    expect(parseDocumentName(meetingDocumentName(id))).toEqual({ meetingId: id, kind: "plan" });
    expect(parseDocumentName(chairDocumentName(id))).toEqual({ meetingId: id, kind: "chair" });
    expect(parseMeetingDocumentName(chairDocumentName(id))).toBeNull();
    expect(parseDocumentName(`${chairDocumentName(id)}:chair`)).toBeNull();
  });

  it.each([
    "",
    "meeting:",
    "meeting:not-a-uuid",
    "MEETING:5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f",
    "meeting:5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f/../x",
    "meeting:5f0c8c1e-8a4b-4c39-9f5e-2b7d0a1c3e4f\0",
    "x".repeat(10_000),
    42,
    null,
  ])("refuses %j", (name) => {
    expect(parseMeetingDocumentName(name)).toBeNull();
  });
});
