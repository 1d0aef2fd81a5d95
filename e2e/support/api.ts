import { type APIRequestContext, expect, type Page, request } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { coordinator, setupCodeOf } from "./access.ts";
import { atCopenhagenTime, daysFromNow, now } from "./dates.ts";

/** Who sets things up: a coordinator's browser page (its cookies), or her session without a browser. */
type Coordinator = Page | APIRequestContext;

/**
 * The coordinator's session with no browser at all, for journeys where she only prepares the
 * meeting: signed in through the API (or, on a fresh server, set up with its setup code).
 */
export async function coordinatorSession(baseURL: string): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const { setupRequired } = (await (await api.get(pathOf(apiRoutes.authStatus))).json()) as { setupRequired: boolean };
  const answer = setupRequired
    ? await api.post(pathOf(apiRoutes.setup), {
        data: {
          setupCode: setupCodeOf(baseURL),
          username: coordinator.username,
          displayName: coordinator.name,
          password: coordinator.password,
        },
      })
    : await api.post(pathOf(apiRoutes.signIn), {
        data: { username: coordinator.username, password: coordinator.password },
      });
  expect(answer.ok(), `the coordinator signs in: ${answer.status()} ${await answer.text()}`).toBe(true);
  return api;
}

/**
 * What a coordinator sets up before the journey being tested, done through the API with the
 * coordinator's own session (page.request shares the browser context's cookies): quicker than
 * clicking through it again, and the clicking is tested in its own journeys.
 */
async function post<T>(by: Coordinator, path: string, data: unknown): Promise<T> {
  const answer = await ("request" in by ? by.request : by).post(path, { data });
  expect(answer.ok(), `${path}: ${answer.status()} ${await answer.text()}`).toBe(true);
  return (await answer.json()) as T;
}

/** A case and a meeting in it that is starting now, unless another start is given. */
export async function createCaseAndMeeting(
  page: Coordinator,
  citizenName: string,
  title: string,
  startsAt = new Date(now().getTime() - 5 * 60_000).toISOString(),
): Promise<{ caseId: string; meetingId: string }> {
  const created = await post<{ id: string }>(page, pathOf(apiRoutes.createCase), { citizenName });
  const meeting = await post<{ id: string }>(page, pathOf(apiRoutes.createMeeting, { caseId: created.id }), {
    title,
    startsAt,
  });
  return { caseId: created.id, meetingId: meeting.id };
}

export async function addMember(
  page: Coordinator,
  caseId: string,
  person: { name: string; role: "fagperson" | "borger" | "observatoer"; organisation?: string; profession?: string },
): Promise<string> {
  const member = await post<{ id: string }>(page, pathOf(apiRoutes.addMember, { caseId }), {
    organisation: "",
    ...person,
  });
  return member.id;
}

/** A personal link (path) or a join code for the member, consent confirmed where needed. */
export async function invite(
  page: Coordinator,
  meetingId: string,
  memberId: string,
  kind: "link" | "code",
): Promise<{ joinPath: string; code: string | null }> {
  return post(page, pathOf(apiRoutes.createInvitation, { meetingId }), { memberId, kind, confirmWithoutConsent: true });
}

export async function closeMeeting(page: Coordinator, meetingId: string): Promise<void> {
  await post(page, pathOf(apiRoutes.closeMeeting, { meetingId }), {
    nextMeetingAt: atCopenhagenTime(daysFromNow(42), "09:30"),
  });
}
