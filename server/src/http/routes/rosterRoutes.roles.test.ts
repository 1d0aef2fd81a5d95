import path from "node:path";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { daysFromNow } from "../../testing/daysFromNow.ts";
import { coordinator, meeting, server, useMeetingServer } from "../../testing/meetingServer.ts";

useMeetingServer();

const roster = () => pathOf(apiRoutes.addMember, { caseId: meeting.caseId });
const invite = (memberId: string) =>
  coordinator.request("POST", pathOf(apiRoutes.createInvitation, { meetingId: meeting.id }), {
    memberId,
    kind: "code",
  });

function auditDetails(action: string): Record<string, unknown>[] {
  const db = new Database(path.join(server.dataDir, "samplan.sqlite"), { readonly: true });
  try {
    const rows = db.prepare("select details from audit_events where action = ?").all(action) as { details: string }[];
    return rows.map((row) => JSON.parse(row.details) as Record<string, unknown>);
  } finally {
    db.close();
  }
}

describe("an interpreter on the roster", () => {
  it("is refused without the coordinator's word that they are 18 or over, naming the field", async () => {
    const refused = await coordinator.request("POST", roster(), {
      name: "Amira Tolk",
      role: "tolk",
      organisation: "Tolkebureauet",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([expect.objectContaining({ path: "adultConfirmed" })]);
    const notTicked = await coordinator.request("POST", roster(), {
      name: "Amira Tolk",
      role: "tolk",
      adultConfirmed: false,
    });
    expect(notTicked.status).toBe(400);

    const added = await coordinator.request("POST", roster(), {
      name: "Amira Tolk",
      role: "tolk",
      organisation: "Tolkebureauet",
      adultConfirmed: true,
    });
    expect(added.status).toBe(201);
    expect(added.body.adultConfirmedAt).toEqual(expect.any(String));
    expect(auditDetails("member-added")).toContainEqual(
      expect.objectContaining({ role: "tolk", adultConfirmed: true }),
    );
  });

  it("cannot become one by a change of role without the same confirmation", async () => {
    const peter = await coordinator.request("POST", roster(), { name: "Peter", role: "fagperson" });
    const member = pathOf(apiRoutes.updateMember, { caseId: meeting.caseId, memberId: peter.body.id });
    const refused = await coordinator.request("PATCH", member, { role: "tolk" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("adultConfirmed");
    const changed = await coordinator.request("PATCH", member, { role: "tolk", adultConfirmed: true });
    expect(changed.status).toBe(200);
    expect(changed.body.adultConfirmedAt).toEqual(expect.any(String));
  });

  it("is covered by the citizen's consent like everyone: not invited until it names the agency", async () => {
    const added = await coordinator.request("POST", roster(), {
      name: "Amira Tolk",
      role: "tolk",
      organisation: "Tolkebureauet",
      adultConfirmed: true,
    });
    expect(added.body.consentCovered).toBe(false);
    expect((await invite(added.body.id)).status).toBe(409);
    await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
      purpose: "Netværksmøde med tolk",
      organisations: ["Tolkebureauet"],
      givenAt: daysFromNow(0),
    });
    expect((await invite(added.body.id)).status).toBe(201);
  });
});

describe("her own people on the roster", () => {
  it("are shown as hers, with their own name when the coordinator gives it", async () => {
    const brother = await coordinator.request("POST", roster(), {
      role: "netvaerk",
      relation: { kind: "familie", label: "bror" },
    });
    expect(brother.status).toBe(201);
    // The test case's citizen is "Test Borger".
    expect(brother.body).toMatchObject({ name: "Tests bror", relation: { kind: "familie", label: "bror" } });
    const mentor = await coordinator.request("POST", roster(), {
      name: "Jonas",
      role: "netvaerk",
      relation: { kind: "mentor", label: "mentor" },
    });
    expect(mentor.body.name).toBe("Jonas (Tests mentor)");

    const renamed = await coordinator.request(
      "PATCH",
      pathOf(apiRoutes.updateMember, { caseId: meeting.caseId, memberId: mentor.body.id }),
      { relation: { kind: "ven", label: "ven" } },
    );
    expect(renamed.body).toMatchObject({ name: "Jonas (Tests ven)", relation: { kind: "ven", label: "ven" } });
  });

  it("need to say how they are hers, naming the field", async () => {
    const refused = await coordinator.request("POST", roster(), { role: "netvaerk" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues).toEqual([expect.objectContaining({ path: "relation" })]);
    // Everyone else still needs a name.
    const nameless = await coordinator.request("POST", roster(), { role: "fagperson" });
    expect(nameless.body.error.issues).toEqual([expect.objectContaining({ path: "name" })]);
  });

  it("are covered when the citizen names them in her consent, and only then invited without a confirmation", async () => {
    const brother = await coordinator.request("POST", roster(), {
      role: "netvaerk",
      relation: { kind: "familie", label: "bror" },
    });
    expect(brother.body.consentCovered).toBe(false);
    expect((await invite(brother.body.id)).status).toBe(409);
    await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId: meeting.caseId }), {
      purpose: "Min bror må være med",
      memberIds: [brother.body.id],
      givenAt: daysFromNow(0),
    });
    const members = (await coordinator.request("GET", pathOf(apiRoutes.members, { caseId: meeting.caseId }))).body
      .members as { name: string; consentCovered: boolean }[];
    expect(members.find((m) => m.name === "Tests bror")?.consentCovered).toBe(true);
    expect((await invite(brother.body.id)).status).toBe(201);
  });
});
