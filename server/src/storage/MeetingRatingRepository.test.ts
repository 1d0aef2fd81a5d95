import { describe, expect, it } from "vitest";
import { databaseDialects } from "../testing/databaseDialects.ts";
import { repositoriesOn } from "./repositories.ts";

const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe.each(Object.entries(databaseDialects()))("MeetingRatingRepository on %s", (_dialect, open) => {
  it("keeps one row per meeting, changed in place, and lists the case's meetings oldest first", async () => {
    const handle = await open();
    const repos = repositoriesOn(handle.db);
    const karin = await repos.accounts.create({
      username: "karin",
      displayName: "Karin Holm",
      role: "koordinator",
      passwordHash: null,
    });
    const kase = await repos.cases.createCase({ citizenName: "Sara" }, { name: "Karin Holm", accountId: karin.id });
    const sara = await repos.roster.add(kase.id, {
      name: "Sara",
      role: "borger",
      organisation: "",
      profession: "",
      accountId: null,
    });
    // Inserted newest first: the list follows when the meetings were, not when she answered.
    const later = await repos.meetings.insert(kase.id, { title: "Anden", startsAt: at(-1), idempotencyKey: null });
    const first = await repos.meetings.insert(kase.id, { title: "Første", startsAt: at(-15), idempotencyKey: null });
    const key = (meetingId: typeof first.id) => ({ caseId: kase.id, meetingId, memberId: sara.id });
    const body = { heard: 4, mattered: 5, wayOfWorking: null, overall: 4, networkMaySee: false };

    await repos.meetingRatings.save(key(later.id), { ...body, overall: 2, networkMaySee: true });
    await repos.meetingRatings.save(key(first.id), body);
    const answered = (await repos.meetingRatings.find(first.id, sara.id))?.answeredAt;
    await repos.meetingRatings.save(key(first.id), { ...body, heard: 3 });

    const kept = await repos.meetingRatings.find(first.id, sara.id);
    expect(kept).toMatchObject({ ...body, heard: 3 });
    expect(kept?.answeredAt).toBe(answered);
    expect(
      (await repos.meetingRatings.ofCase(kase.id, "all")).map((m) => [m.title, m.heard, m.overall, m.networkMaySee]),
    ).toEqual([
      ["Første", 3, 4, false],
      ["Anden", 4, 2, true],
    ]);
    expect((await repos.meetingRatings.ofCase(kase.id, "shared")).map((m) => m.meetingId)).toEqual([later.id]);
    expect(await repos.meetingRatings.find(later.id, crypto.randomUUID())).toBeNull();
  });
});
