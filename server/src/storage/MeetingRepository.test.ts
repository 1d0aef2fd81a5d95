import { describe, expect, it } from "vitest";
import { databaseDialects } from "../testing/databaseDialects.ts";
import { inTransaction, repositoriesOn } from "./repositories.ts";

const HOUR = 3600_000;
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

describe.each(Object.entries(databaseDialects()))("MeetingRepository on %s", (_dialect, open) => {
  async function aCase() {
    const handle = await open();
    const repos = repositoriesOn(handle.db);
    const karin = await repos.accounts.create({
      username: "karin",
      displayName: "Karin Holm",
      role: "koordinator",
      passwordHash: null,
    });
    const kase = await repos.cases.createCase({ citizenName: "Sara" }, { name: "Karin Holm", accountId: karin.id });
    return { db: handle.db, meetings: repos.meetings, caseId: kase.id };
  }

  it("keeps a case's meetings, typed, with who takes part and when the next one is", async () => {
    const { meetings, caseId } = await aCase();
    const first = await meetings.insert(caseId, { title: "Første", startsAt: at(-2), idempotencyKey: "key-1" });
    const second = await meetings.insert(caseId, { title: "Anden", startsAt: at(24 * 7), idempotencyKey: null });

    expect(await meetings.state(first.id)).toEqual({ caseId, closedAt: null });
    expect(await meetings.exists(second.id)).toBe(true);
    expect((await meetings.findByIdempotencyKey(caseId, "key-1"))?.id).toBe(first.id);
    expect((await meetings.latest(caseId))?.id).toBe(second.id);
    expect(await meetings.nextStartsAfter(first)).toBe(second.starts_at);

    const listed = await meetings.ofCase(caseId);
    expect(listed.map((m) => [m.title, m.status, m.participants])).toEqual([
      ["Anden", "planned", ["Karin Holm"]],
      ["Første", "live", ["Karin Holm"]],
    ]);
    expect(listed[1]?.nextMeetingAt).toBe(second.starts_at);
    expect((await meetings.get(first.id))?.citizenName).toBe("Sara");
    expect((await meetings.rowsOf(caseId)).map((row) => row.id)).toEqual([first.id, second.id]);
    expect(new Set(await meetings.idsOf(caseId))).toEqual(new Set([first.id, second.id]));
  });

  it("closes, reopens and approves a meeting, and deletes a case's meetings", async () => {
    const { meetings, caseId } = await aCase();
    const { id } = await meetings.insert(caseId, { title: "Møde", startsAt: at(-1), idempotencyKey: null });
    const closedAt = at(0);
    await meetings.setClosed(id, closedAt, at(48));
    expect(await meetings.state(id)).toEqual({ caseId, closedAt });
    await meetings.setApproved(id, closedAt, "Karin Holm");
    expect((await meetings.row(id))?.approved_by).toBe("Karin Holm");
    await meetings.setReopened(id);
    expect(await meetings.row(id)).toMatchObject({ closed_at: null, approved_at: null, approved_by: null });

    await meetings.deleteOf(caseId);
    expect(await meetings.exists(id)).toBe(false);
  });

  it("writes within a transaction: a meeting and its audit line go back together", async () => {
    const { db, meetings, caseId } = await aCase();
    let inserted = "";
    await expect(
      inTransaction(db, async (t) => {
        inserted = (await t.meetings.insert(caseId, { title: "Møde", startsAt: at(1), idempotencyKey: null })).id;
        await t.audit.record({ actor: "Karin", actorRole: "koordinator", action: "meeting-created", caseId });
        throw new Error("something after them failed");
      }),
    ).rejects.toThrow("something after them failed");
    expect(inserted).not.toBe("");
    expect(await meetings.ofCase(caseId)).toEqual([]);
    expect(await repositoriesOn(db).audit.allForCase(caseId)).toEqual([]);
  });
});
