import fs from "node:fs";
import path from "node:path";
import { apiRoutes, type Meeting, pathOf } from "@samplan/shared/api";
import { addNextStep, listProgressObservations, type PlanDocument } from "@samplan/shared/model";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type ChildServer, startChildServer } from "../testing/childServer.ts";
import { daysFromNow } from "../testing/daysFromNow.ts";
import {
  Agent,
  acknowledged,
  joinMeeting,
  makeDataDir,
  removeDataDir,
  TEST_PASSWORD,
  waitFor,
} from "../testing/testServer.ts";
import { createDatabase } from "../testing/throwawayServices.ts";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function instance(shared: Record<string, string>): Promise<ChildServer & { dataDir: string }> {
  const dataDir = makeDataDir();
  const child = await startChildServer({ ...shared, SAMPLAN_DATA_DIR: dataDir });
  cleanups.push(() => {
    child.process.kill("SIGKILL");
    removeDataDir(dataDir);
  });
  return { ...child, dataDir };
}

describe("a step's answer with several instances", () => {
  it("reaches the next meeting's review at once for a coordinator connected to another instance", async () => {
    const shared = {
      DATABASE_URL: await createDatabase(inject("postgresUrl")),
      REDIS_URL: inject("redisUrl"),
      SAMPLAN_TOKEN_SECRET: "a-shared-secret-that-is-long-enough-for-the-test",
    };
    const first = await instance(shared);
    const second = await instance(shared);
    const coordinator = new Agent(first.url);
    await coordinator.request("POST", pathOf(apiRoutes.setup), {
      setupCode: fs.readFileSync(path.join(first.dataDir, "setup-code"), "utf8").trim(),
      username: "karin",
      displayName: "Karin",
      password: TEST_PASSWORD,
    });
    const caseId = (await coordinator.request("POST", pathOf(apiRoutes.createCase), { citizenName: "Sara" })).body.id;
    await coordinator.request("POST", pathOf(apiRoutes.addMember, { caseId }), {
      name: "Jonas Berg",
      role: "fagperson",
      organisation: "Jobcenter",
    });
    await coordinator.request("POST", pathOf(apiRoutes.recordConsent, { caseId }), {
      purpose: "Samarbejde om job",
      organisations: ["Jobcenter"],
      givenAt: daysFromNow(-1),
    });
    const plan = async (title: string, startsAt: Date): Promise<Meeting> =>
      (await coordinator.request("POST", pathOf(apiRoutes.createMeeting, { caseId }), { title, startsAt })).body;

    const today = await plan("Netværksmøde", new Date(Date.now() - 3_600_000));
    const karin = await joinMeeting(`ws://127.0.0.1:${first.port}/collaboration`, today.documentName, () =>
      coordinator.connectionToken(today.id),
    );
    const stepId = addNextStep(karin.doc, {
      createdBy: "Karin",
      createdByRole: "koordinator",
      text: "Ringe til gården",
      owner: "Jonas Berg",
      dueDate: daysFromNow(7),
    });
    await acknowledged(karin);
    karin.provider.destroy();

    // The link reads the step from storage: asked again until the plan Karin left is stored.
    const deadline = Date.now() + 5_000;
    let made = await coordinator.request("POST", pathOf(apiRoutes.createStepLink, { meetingId: today.id }), { stepId });
    while (made.status === 404 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      made = await coordinator.request("POST", pathOf(apiRoutes.createStepLink, { meetingId: today.id }), { stepId });
    }
    expect(made.status).toBe(201);
    // Planned once her step is stored (the link above waited for it), so the plan carries it over.
    const next = await plan("Opfølgning", new Date(Date.now() + 7 * 86_400_000));

    // The coordinator has the next meeting open through the second instance.
    const viaSecond = new Agent(second.url);
    viaSecond.cookie = coordinator.cookie;
    const onSecond = await joinMeeting(`ws://127.0.0.1:${second.port}/collaboration`, next.documentName, () =>
      viaSecond.connectionToken(next.id),
    );
    cleanups.push(() => onSecond.provider.destroy());
    const reviewIn = (doc: PlanDocument) =>
      listProgressObservations(doc).find((observation) => observation.review?.stepId === stepId);
    expect(reviewIn(onSecond.doc)).toMatchObject({ outcome: null });

    // The owner answers through the first instance, which writes into the plan there.
    const answered = await new Agent(first.url).request("POST", pathOf(apiRoutes.answerStep), {
      secret: made.body.path.slice("/skridt#".length),
      answer: "done",
      note: "Praktikken er aftalt",
    });
    expect(answered.status).toBe(201);
    await waitFor(() => reviewIn(onSecond.doc)?.outcome === "done", 10_000, "the answer on the other instance");
  });
});
