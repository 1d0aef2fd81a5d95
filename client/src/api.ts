import {
  ApiError,
  Case,
  CaseList,
  CaseWithMeetings,
  type CreateCaseBody,
  type CreateMeetingBody,
  Meeting,
  MeetingWithCase,
} from "@samplan/shared/api";

/**
 * The HTTP API, same origin as the page. Every answer is parsed with the shared schema, so a
 * server that drifts from the contract fails here with a clear error instead of somewhere deep
 * in a component.
 */

/** A failed request. `message` is the server's own when it sent one, for showing near the form. */
export class ApiFailure extends Error {
  override name = "ApiFailure";
  readonly status: number;
  readonly code: ApiError["error"]["code"] | "network" | "invalid_response";
  readonly issues: { path: string; message: string }[];

  constructor(
    status: number,
    code: ApiFailure["code"],
    message: string,
    issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

interface Schema<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: unknown };
}

async function request<T>(schema: Schema<T>, path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: "application/json", ...(init?.body ? { "Content-Type": "application/json" } : {}) },
    });
  } catch {
    throw new ApiFailure(0, "network", "network");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiError.safeParse(body);
    if (error.success) {
      const { code, message, issues } = error.data.error;
      throw new ApiFailure(response.status, code, message, issues);
    }
    throw new ApiFailure(response.status, response.status === 404 ? "not_found" : "internal", response.statusText);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiFailure(response.status, "invalid_response", `Unexpected answer from ${path}`);
  return parsed.data;
}

export function listCases(): Promise<CaseList> {
  return request(CaseList, "/api/cases");
}

export function createCase(body: CreateCaseBody): Promise<Case> {
  return request(Case, "/api/cases", { method: "POST", body: JSON.stringify(body) });
}

export function getCase(caseId: string): Promise<CaseWithMeetings> {
  return request(CaseWithMeetings, `/api/cases/${encodeURIComponent(caseId)}`);
}

export function createMeeting(caseId: string, body: CreateMeetingBody): Promise<Meeting> {
  return request(Meeting, `/api/cases/${encodeURIComponent(caseId)}/meetings`, {
    method: "POST",
    body: JSON.stringify(body),
  });
}

export function getMeeting(meetingId: string): Promise<MeetingWithCase> {
  return request(MeetingWithCase, `/api/meetings/${encodeURIComponent(meetingId)}`);
}
