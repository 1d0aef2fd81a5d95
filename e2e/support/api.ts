import { expect, type Page } from "@playwright/test";
import { atCopenhagenTime, daysFromNow, now } from "./dates.ts";

/**
 * What a coordinator sets up before the journey being tested, done through the API with the
 * coordinator's own session (page.request shares the browser context's cookies): quicker than
 * clicking through it again, and the clicking is tested in its own journeys.
 */
async function post<T>(page: Page, path: string, data: unknown): Promise<T> {
  const answer = await page.request.post(path, { data });
  expect(answer.ok(), `${path}: ${answer.status()} ${await answer.text()}`).toBe(true);
  return (await answer.json()) as T;
}

/** A case and a meeting in it that is starting now, unless another start is given. */
export async function createCaseAndMeeting(
  page: Page,
  citizenName: string,
  title: string,
  startsAt = new Date(now().getTime() - 5 * 60_000).toISOString(),
): Promise<{ caseId: string; meetingId: string }> {
  const created = await post<{ id: string }>(page, "/api/cases", { citizenName });
  const meeting = await post<{ id: string }>(page, `/api/cases/${created.id}/meetings`, { title, startsAt });
  return { caseId: created.id, meetingId: meeting.id };
}

export async function addMember(
  page: Page,
  caseId: string,
  person: { name: string; role: "fagperson" | "borger" | "observatoer"; organisation?: string },
): Promise<string> {
  const member = await post<{ id: string }>(page, `/api/cases/${caseId}/members`, { organisation: "", ...person });
  return member.id;
}

/** A personal link (path) or a join code for the member, consent confirmed where needed. */
export async function invite(
  page: Page,
  meetingId: string,
  memberId: string,
  kind: "link" | "code",
): Promise<{ joinPath: string; code: string | null }> {
  return post(page, `/api/meetings/${meetingId}/invitations`, { memberId, kind, confirmWithoutConsent: true });
}

export async function closeMeeting(page: Page, meetingId: string): Promise<void> {
  await post(page, `/api/meetings/${meetingId}/close`, {
    nextMeetingAt: atCopenhagenTime(daysFromNow(42), "09:30"),
  });
}
