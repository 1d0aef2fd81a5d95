import path from "node:path";
import { afterEach, describe, expect, inject, it } from "vitest";
import { makeDataDir, removeDataDir } from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";
import { type DatabaseHandle, openDatabase } from "./openDatabase.ts";
import { repositoriesOn } from "./repositories.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const dialects = {
  sqlite: async (): Promise<DatabaseHandle> => {
    const dir = makeDataDir();
    cleanups.push(() => removeDataDir(dir));
    return openDatabase({ sqliteFile: path.join(dir, "samplan.sqlite") });
  },
  postgres: async (): Promise<DatabaseHandle> =>
    openDatabase({ postgresUrl: await createDatabase(inject("postgresUrl")) }),
};

const phase = { title: "Samtalen", purpose: "Hvad vil du tale om?", section: null, timeboxMinutes: 30 };

describe.each(Object.entries(dialects))("MeetingTemplateRepository on %s", (_dialect, open) => {
  it("keeps every version of a copy, lists only the newest in the family's place, and refuses a version twice", async () => {
    const handle = await open();
    cleanups.push(() => handle.db.destroy());
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
