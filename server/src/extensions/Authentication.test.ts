import fs from "node:fs";
import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, createMeetingDocument, listGoals, readMeetingContent } from "@samplan/shared/model";
import Database from "better-sqlite3";
import { SignJWT } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ConnectionTokens } from "../auth/ConnectionTokens.ts";
import { coordinator, meeting, server, useMeetingServer } from "../testing/meetingServer.ts";
import { RawClient } from "../testing/rawClient.ts";
import { type Agent, acknowledged, joinMeeting, type Participant, waitFor } from "../testing/testServer.ts";

useMeetingServer();

const cleanups: (() => void)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function tokensWith(secret: Uint8Array, lifetimeSeconds = 300) {
  return new ConnectionTokens(secret, lifetimeSeconds);
}
const serverSecret = () =>
  new TextEncoder().encode(fs.readFileSync(path.join(server.dataDir, "token-secret"), "utf8").trim());

async function claimsFor(agent: Agent) {
  const token = await agent.connectionToken(meeting.id);
  const verified = await tokensWith(serverSecret()).verify(token);
  if (!verified.ok) throw new Error("the server's own token did not verify");
  return verified.claims;
}

async function join(token: string | (() => Promise<string>)): Promise<Participant> {
  const participant = await joinMeeting(server.wsUrl, meeting.documentName, token);
  cleanups.push(() => participant.provider.destroy());
  return participant;
}

async function expectRefused(token: string, reason: string) {
  await expect(join(token)).rejects.toThrow(`refused: ${reason}`);
  const refusals = (await server.audit.all()).filter((event) => event.action === "join-refused");
  expect(refusals.at(-1)?.details).toMatchObject({ reason });
}

/** Edit the database as time would: an invitation that has run out. */
function expireInvitation(invitationId: string) {
  const db = new Database(path.join(server.dataDir, "samplan.sqlite"));
  db.prepare("update invitations set expires_at = ? where id = ?").run("2020-01-01T00:00:00.000Z", invitationId);
  db.close();
}

describe("Authentication (onAuthenticate)", () => {
  it("lets in a valid token for exactly this meeting", async () => {
    const participant = await join(() => coordinator.connectionToken(meeting.id));
    addGoal(participant.doc, { createdBy: "Karin", text: "Et mål" });
    await acknowledged(participant);
  });

  it("refuses a connection with no token", async () => {
    await expectRefused("", "token-missing");
  });

  it("refuses a token that is not a token", async () => {
    await expectRefused("not.a.token", "token-invalid");
  });

  it("refuses a token signed with another key", async () => {
    const claims = await claimsFor(coordinator);
    const forged = await tokensWith(new TextEncoder().encode("x".repeat(48))).issue(claims);
    await expectRefused(forged.token, "token-invalid");
  });

  it('refuses a token with alg "none"', async () => {
    const claims = await claimsFor(coordinator);
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${encode({ alg: "none", typ: "JWT" })}.${encode({
      ...claims,
      iss: "samplan",
      aud: "samplan:collaboration",
      exp: Math.floor(Date.now() / 1000) + 300,
    })}.`;
    await expectRefused(unsigned, "token-invalid");
  });

  it("refuses a token with the right key but another algorithm's header", async () => {
    const claims = await claimsFor(coordinator);
    const { sub, ...rest } = claims;
    const hs512 = await new SignJWT(rest)
      .setProtectedHeader({ alg: "HS512" })
      .setSubject(sub)
      .setIssuer("samplan")
      .setAudience("samplan:collaboration")
      .setExpirationTime("5m")
      .sign(serverSecret());
    await expectRefused(hs512, "token-invalid");
  });

  it("refuses an expired token", async () => {
    const claims = await claimsFor(coordinator);
    const expired = await tokensWith(serverSecret(), -60).issue(claims);
    await expectRefused(expired.token, "token-expired");
  });

  it("refuses a token for another meeting", async () => {
    const other = await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId: meeting.caseId }), {
      title: "Et andet møde",
      startsAt: "2027-01-05T10:00:00+01:00",
    });
    await expectRefused(await coordinator.connectionToken(other.body.id), "wrong-meeting");
  });

  it("refuses a revoked invitation at the next connection, and closes its live connection at once", async () => {
    const psychologist = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const token = await psychologist.agent.connectionToken(meeting.id);
    const live = await join(token);
    const closed = new Promise((resolve) => live.provider.on("close", resolve));
    expect(
      (
        await coordinator.request(
          "DELETE",
          pathOf(apiRoutes.revokeInvitation, { invitationId: psychologist.invitationId }),
        )
      ).status,
    ).toBe(204);
    await closed;
    await expectRefused(token, "invitation-revoked");
    expect(
      (await psychologist.agent.request("POST", pathOf(apiRoutes.connectionToken, { meetingId: meeting.id }))).status,
    ).toBe(401);
  });

  it("refuses an expired invitation", async () => {
    const psychologist = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const token = await psychologist.agent.connectionToken(meeting.id);
    expireInvitation(psychologist.invitationId);
    await expectRefused(token, "invitation-expired");
  });

  it("refuses someone taken off the roster", async () => {
    const psychologist = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const token = await psychologist.agent.connectionToken(meeting.id);
    await coordinator.request(
      "DELETE",
      pathOf(apiRoutes.removeMember, { caseId: meeting.caseId, memberId: psychologist.member.id }),
    );
    await expectRefused(token, "invitation-revoked");
  });

  it("refuses a professional once the consent that covered them is withdrawn, and disconnects them", async () => {
    const added = await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId: meeting.caseId }), {
      name: "Peter Lund",
      role: "fagperson",
      organisation: "Psykiatrien",
    });
    const consent = await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
      purpose: "Samarbejde om behandling",
      organisations: ["Psykiatrien"],
      givenAt: "2026-11-20",
    });
    const invited = await coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
      memberId: added.body.id,
    });
    expect(invited.status).toBe(201);
    const guest = server.agent();
    await guest.request("POST", pathOf(apiRoutes.join), { secret: invited.body.joinPath.slice("/join#".length) });
    const token = await guest.connectionToken(meeting.id);
    const live = await join(token);
    const closed = new Promise((resolve) => live.provider.on("close", resolve));

    await coordinator.request("POST", pathOf(apiRoutes.withdrawConsent, { consentId: consent.body.id }));
    await closed;
    await expectRefused(token, "consent-withdrawn");
  });
});

describe("roles", () => {
  it("follow the roster, not the token: someone made an observer after their token was issued gets a read-only connection", async () => {
    const peter = await server.invite(meeting, { name: "Peter Lund", role: "fagperson" });
    const token = await peter.agent.connectionToken(meeting.id);
    await coordinator.request(
      "PATCH",
      pathOf(apiRoutes.updateMember, { caseId: meeting.caseId, memberId: peter.member.id }),
      {
        role: "observatoer",
      },
    );
    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    cleanups.push(() => raw.close());
    raw.authenticate(token);
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: true });
  });
});

describe("observers", () => {
  it("get a read-only connection: edits arrive, and the server drops a raw update they send", async () => {
    const writer = await join(() => coordinator.connectionToken(meeting.id));
    addGoal(writer.doc, { createdBy: "Karin", text: "Et mål før observatøren" });
    await acknowledged(writer);

    const relative = await server.invite(meeting, { name: "Mor", role: "observatoer" });
    const observer = await join(() => relative.agent.connectionToken(meeting.id));
    expect(readMeetingContent(observer.doc).goals.map((g) => g.text)).toEqual(["Et mål før observatøren"]);
    addGoal(writer.doc, { createdBy: "Karin", text: "Et mål mens hun ser med" });
    await waitFor(() => listGoals(observer.doc).length === 2, 2_000, "the observer to see the new goal");

    // Bypass the client: a plain websocket, a valid observer token, a well-formed Yjs update.
    const raw = await RawClient.open(server.wsUrl, meeting.documentName);
    cleanups.push(() => raw.close());
    raw.authenticate(await relative.agent.connectionToken(meeting.id));
    expect(await raw.authenticated()).toEqual({ ok: true, readOnly: true });
    raw.syncStep1();
    const sneaky = createMeetingDocument();
    addGoal(sneaky, { createdBy: "Mor", text: "Skrevet af en observatør" });
    raw.update(Y.encodeStateAsUpdate(sneaky));
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(readMeetingContent(writer.doc).goals.map((g) => g.text)).toEqual([
      "Et mål før observatøren",
      "Et mål mens hun ser med",
    ]);
    const stored = createMeetingDocument();
    for (const update of await server.documents.load(meeting.documentName)) Y.applyUpdate(stored, update);
    expect(listGoals(stored)).toHaveLength(2);
  });
});
