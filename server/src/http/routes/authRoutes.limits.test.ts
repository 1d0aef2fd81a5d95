import type { Meeting } from "@samplan/shared/api";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { afterEach, describe, expect, it } from "vitest";
import {
  type Answer,
  removeDataDir,
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from "../../testing/testServer.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  if (server) removeDataDir(server.dataDir);
  server = undefined;
});

const signIn = (username: string, password: string) =>
  server!.request("POST", pathOf(apiRoutes.signIn), { username, password });

function expectWait(answer: Answer) {
  expect(answer.status).toBe(429);
  expect(answer.body.error.code).toBe("too_many_requests");
  expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
}

async function joinCode(meeting: Meeting): Promise<string> {
  const coordinator = await server!.coordinator();
  const citizen = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
    name: "Sara",
    role: "borger",
  });
  const created = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
    memberId: citizen.body.id,
    kind: "code",
  });
  return created.body.code;
}

describe("sign-in limits count failures, not sign-ins", () => {
  it("lets 50 staff behind one address all sign in at 8:00, and again", async () => {
    server = await startTestServer();
    const coordinator = await server.coordinator();
    const usernames = Array.from({ length: 50 }, (_, i) => `medarbejder${i}`);
    const created = await Promise.all(
      usernames.map((username) =>
        coordinator.request("POST", pathOf(apiRoutes.createAccount), {
          username,
          displayName: username,
          password: TEST_PASSWORD,
          role: "fagperson",
        }),
      ),
    );
    expect(created.map((answer) => answer.status)).toEqual(usernames.map(() => 201));
    // A few of them mistype first, as people do.
    for (const username of usernames.slice(0, 5)) expect((await signIn(username, "wrong password")).status).toBe(401);
    const statuses = await Promise.all(usernames.map((username) => signIn(username, TEST_PASSWORD)));
    expect(statuses.map((answer) => answer.status)).toEqual(usernames.map(() => 200));
    // The same person many times over (a reload, another tab) is never counted either.
    for (let i = 0; i < 15; i++) expect((await signIn("karin", TEST_PASSWORD)).status).toBe(200);
    // A hundred password hashes on a shared test machine.
  }, 90_000);

  it("slows a guessing run against one account, then locks it, with Retry-After on every 429", async () => {
    server = await startTestServer();
    await server.coordinator();
    for (let i = 0; i < 6; i++) expect((await signIn("karin", `guess ${i}`)).status).toBe(401);
    // After five failures: one try per 30 seconds. The right password waits too, or the pause
    // would tell a guesser which of their guesses was right.
    expectWait(await signIn("karin", "guess 7"));
    expectWait(await signIn("karin", TEST_PASSWORD));
    // Someone else from the same address is not held up by Karin's account.
    expect((await signIn("nobody", "wrong password")).status).toBe(401);
    expect((await server.audit.all()).some((event) => event.action === "sign-in-refused")).toBe(true);
  });

  it("bounds failed sign-ins per address across accounts", async () => {
    server = await startTestServer(undefined, { SAMPLAN_SIGN_IN_FAILURES_PER_ADDRESS: "5" });
    await server.coordinator();
    for (let i = 0; i < 5; i++) expect((await signIn(`user${i}`, "wrong password")).status).toBe(401);
    expectWait(await signIn("user9", "wrong password"));
    expectWait(await signIn("karin", TEST_PASSWORD));
  });
});

describe("join limits", () => {
  it("after 20 wrong join codes from one address refuses more codes, but still lets a real link in", async () => {
    server = await startTestServer();
    const { meeting } = await server.createMeeting();
    for (let i = 0; i < 20; i++)
      expect((await server.request("POST", pathOf(apiRoutes.join), { code: "ACDEFGHJ" })).status).toBe(401);
    expectWait(await server.request("POST", pathOf(apiRoutes.join), { code: "ACDEFGHJ" }));
    const guest = await server.invite(meeting, { name: "Peter", role: "fagperson" });
    expect((await guest.agent.request("GET", pathOf(apiRoutes.session))).status).toBe(200);
  });

  it("counts wrong guesses at one code sent in parallel, so they burn it", async () => {
    server = await startTestServer();
    const { meeting } = await server.createMeeting();
    const code = await joinCode(meeting);
    const lookup = code.replace("-", "").slice(0, 4);
    // Zeros are never in a code (the alphabet leaves out 0/O), so these are wrong for sure.
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        server!.request("POST", pathOf(apiRoutes.join), { code: `${lookup}00${String(i).padStart(2, "0")}` }),
      ),
    );
    expect(guesses.every((answer) => answer.status === 401)).toBe(true);
    const right = await server.request("POST", pathOf(apiRoutes.join), { code });
    expect(right.status).toBe(401);
    expect(right.body.error.code).toBe("invitation_revoked");
  });

  it("lets one device in with a code, even when two type it at the same moment", async () => {
    server = await startTestServer();
    const { meeting } = await server.createMeeting();
    const code = await joinCode(meeting);
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => server!.request("POST", pathOf(apiRoutes.join), { code })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401]);
  });
});
