import { type APIRequestContext, request } from "@playwright/test";
import { apiRoutes, type MeetingRatingBody, pathOf } from "@samplan/shared/api";
import { coordinatorEnters } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { now } from "./support/dates.ts";
import { keepElementScreenshot, keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { coordinatorDesktop, professionalLaptop } from "./support/viewports.ts";

const citizenName = "Freja Dam";
const password = "kaffe på kontoret klokken otte";
const weeksAgo = (weeks: number) => new Date(now().getTime() - weeks * 7 * 86_400_000).toISOString();

/** Freja on her own link to one meeting, answering there (her tablet's view has its own journey). */
async function herAnswers(
  origin: string,
  coordinator: APIRequestContext,
  meetingId: string,
  memberId: string,
  answers: MeetingRatingBody,
): Promise<APIRequestContext> {
  const freja = await request.newContext({ baseURL: origin });
  const { joinPath } = await invite(coordinator, meetingId, memberId, "link");
  expect((await freja.post(pathOf(apiRoutes.join), { data: { secret: joinPath.slice("/join#".length) } })).ok()).toBe(
    true,
  );
  const rated = await freja.post(pathOf(apiRoutes.rateMeeting, { meetingId }), { data: answers });
  expect(rated.status(), await rated.text()).toBe(200);
  return freja;
}

test("the coordinator sees how the citizen rated two meetings, and a gentle word when the last was worse; a colleague she did not share with sees nothing", async ({
  open,
}, testInfo) => {
  const karin = await open(coordinatorDesktop);
  await coordinatorEnters(karin);
  const origin = new URL(karin.url()).origin;
  const api = await coordinatorSession(origin);
  const { caseId, meetingId: first } = await createCaseAndMeeting(api, citizenName, "Første netværksmøde", weeksAgo(6));
  const second = (
    (await (
      await api.post(pathOf(apiRoutes.createMeeting, { caseId }), {
        data: { title: "Andet netværksmøde", startsAt: weeksAgo(0) },
      })
    ).json()) as { id: string }
  ).id;
  const frejaId = await addMember(api, caseId, { name: citizenName, role: "borger" });
  await herAnswers(origin, api, first, frejaId, {
    heard: 5,
    mattered: 4,
    wayOfWorking: 4,
    overall: 4,
    networkMaySee: false,
  });
  const frejaNow = await herAnswers(origin, api, second, frejaId, {
    heard: 2,
    mattered: 4,
    wayOfWorking: null,
    overall: 4,
    networkMaySee: false,
  });

  await test.step("in the progress view: her answers meeting by meeting, and a word to talk with her", async () => {
    await karin.goto(`/cases/${caseId}/progress`);
    const section = karin.getByRole("region", { name: `Sådan oplevede ${citizenName} møderne` });
    await expect(section).toBeVisible();
    await expect(section).toContainText("Samplans egne spørgsmål, ikke et valideret måleredskab");
    await expect(section.getByRole("row")).toHaveCount(3);
    const last = section.getByRole("row").last();
    await expect(last.getByRole("rowheader")).toContainText("Andet netværksmøde");
    await expect(last.getByRole("cell")).toHaveText(["2↓ 33 lavere end sidst", "4", "–Ikke besvaret", "4"]);
    await expect(section).toContainText(
      `var mindre godt for ${citizenName} end mødet før — tal med ${citizenName} om det.`,
    );
    await expect(section).toContainText("Det gælder: Blev hørt.");
    await expect(section).not.toContainText("Du ser kun de møder");
    await expectNoSeriousAxeViolations(karin);
    await keepScreenshot(karin, testInfo, "coordinator-sees-meeting-ratings-desktop");
    await keepElementScreenshot(section, testInfo, "coordinator-sees-meeting-ratings-section");
  });

  const username = `ole-${Date.now().toString(36)}`;
  const ole = await open(professionalLaptop);
  await test.step("a professional on the case whom she did not let see her answers gets nothing", async () => {
    const created = await api.post(pathOf(apiRoutes.createAccount), {
      data: { username, displayName: "Ole Friis", password, role: "fagperson" },
    });
    expect(created.status(), await created.text()).toBe(201);
    const member = await api.post(pathOf(apiRoutes.addMember, { caseId }), {
      data: { name: "Ole Friis", role: "fagperson", organisation: "Psykiatrien", accountUsername: username },
    });
    expect(member.ok(), await member.text()).toBe(true);
    const consent = await api.post(pathOf(apiRoutes.recordConsent, { caseId }), {
      data: { purpose: "Netværksmøder", organisations: ["Psykiatrien"], givenAt: now().toISOString().slice(0, 10) },
    });
    expect(consent.ok(), await consent.text()).toBe(true);
    const signedIn = await ole.request.post(pathOf(apiRoutes.signIn), { data: { username, password } });
    expect(signedIn.status(), await signedIn.text()).toBe(200);
    await ole.goto(`/cases/${caseId}/progress`);
    await expect(ole.getByRole("heading", { level: 2 }).first()).toBeVisible();
    await expect(ole.getByRole("region", { name: `Sådan oplevede ${citizenName} møderne` })).toHaveCount(0);
    const answer = await ole.request.get(pathOf(apiRoutes.meetingRatings, { caseId }));
    expect(await answer.json()).toEqual({ meetings: [], sharedOnly: true });
  });

  await test.step("once she lets the network see the last meeting's answers, he sees those only", async () => {
    const shared = await frejaNow.post(pathOf(apiRoutes.rateMeeting, { meetingId: second }), {
      data: { heard: 2, mattered: 4, wayOfWorking: null, overall: 4, networkMaySee: true },
    });
    expect(shared.ok()).toBe(true);
    await ole.reload();
    const section = ole.getByRole("region", { name: `Sådan oplevede ${citizenName} møderne` });
    await expect(section).toContainText(`Du ser kun de møder, ${citizenName} har valgt at vise netværket.`);
    await expect(section.getByRole("row")).toHaveCount(2);
    // Her answers, not the coordinator's word to talk with her.
    await expect(section).not.toContainText("tal med");
    await expectNoSeriousAxeViolations(ole);
    await keepElementScreenshot(section, testInfo, "professional-sees-shared-meeting-ratings");
  });
});
