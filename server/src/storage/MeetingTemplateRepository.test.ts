import { describe, expect, it } from "vitest";
import { databaseDialects } from "../testing/databaseDialects.ts";
import { repositoriesOn } from "./repositories.ts";

const phase = { title: "Samtalen", purpose: "Hvad vil du tale om?", section: null, timeboxMinutes: 30 };

describe.each(Object.entries(databaseDialects()))("MeetingTemplateRepository on %s", (_dialect, open) => {
  it("keeps every version of a copy, lists only the newest in the family's place, and refuses a version twice", async () => {
    const handle = await open();
    const { templates } = repositoriesOn(handle.db);
    const version = (n: number, name: string) => ({
      family: "vores-moede-1a2b3c4d",
      version: n,
      name,
      description: "",
      phases: [phase],
      createdBy: "Line Dahl",
      ownerTeamId: "team-vest",
      ownerAccountId: null,
    });
    await templates.insert(version(1, "Vores møde"));
    await templates.insert(version(2, "Vores møde, kortere"));
    await expect(templates.insert(version(2, "Samtidig"))).rejects.toThrow();

    expect(await templates.latestVersion("vores-moede-1a2b3c4d")).toBe(2);
    expect(await templates.latestVersion("findes-ikke")).toBe(0);
    expect(await templates.get("vores-moede-1a2b3c4d-v1")).toMatchObject({
      name: "Vores møde",
      owner: "team",
      ownerTeamId: "team-vest",
      builtIn: false,
      phases: [phase],
    });
    const listed = await templates.latest();
    expect(listed).toHaveLength(7);
    expect(listed.at(-1)).toMatchObject({ id: "vores-moede-1a2b3c4d-v2", name: "Vores møde, kortere" });
    expect(listed[0]).toMatchObject({ id: "netvaerksmoede-v1", owner: "samplan", ownerTeamId: null });
  });
});
