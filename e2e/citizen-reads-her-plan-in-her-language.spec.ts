import type { APIRequestContext, Page } from "@playwright/test";
import { apiRoutes, pathOf } from "@samplan/shared/api";
import { addGoal, addNextStep, addProgressObservation } from "@samplan/shared/model";
import { CITIZEN_OWNER } from "@samplan/shared/vocabulary";
import { expectConnected } from "./support/access.ts";
import { expectNoSeriousAxeViolations } from "./support/accessibility.ts";
import { addMember, coordinatorSession, createCaseAndMeeting, invite } from "./support/api.ts";
import { expectCitizenSized } from "./support/citizenView.ts";
import { daysFromNow } from "./support/dates.ts";
import { fakeSpeech, spoken } from "./support/fakeSpeech.ts";
import { addAndWrite } from "./support/meeting.ts";
import { writeAs } from "./support/plan.ts";
import { keepScreenshot } from "./support/screenshots.ts";
import { expect, test } from "./support/test.ts";
import { citizenTablet, professionalLaptop } from "./support/viewports.ts";

/** Her view in each language: the button she taps, her goals' heading, and the note while unreviewed. */
const LANGUAGES = [
  { code: "da", name: "Dansk", goals: "Mine mål", note: null, rtl: false },
  { code: "en", name: "English", goals: "My goals", note: null, rtl: false },
  { code: "ar", name: "العربية", goals: "أهدافي", note: "ترجمة آلية — اسأل إذا كان شيء غير واضح", rtl: true },
  {
    code: "so",
    name: "Soomaali",
    goals: "Yoolalkayga",
    note: "Waxaa lagu turjumay mashiin — weydii haddii wax aan caddayn",
    rtl: false,
  },
  {
    code: "uk",
    name: "Українська",
    goals: "Мої цілі",
    note: "Перекладено автоматично — запитайте, якщо щось незрозуміло",
    rtl: false,
  },
  {
    code: "tr",
    name: "Türkçe",
    goals: "Hedeflerim",
    note: "Otomatik çeviri — anlaşılmayan bir şey varsa sorun",
    rtl: false,
  },
  { code: "fa", name: "فارسی", goals: "هدف‌های من", note: "ترجمهٔ ماشینی — اگر چیزی روشن نیست، بپرسید", rtl: true },
  {
    code: "pl",
    name: "Polski",
    goals: "Moje cele",
    note: "Przetłumaczone automatycznie — zapytaj, jeśli coś jest niejasne",
    rtl: false,
  },
  { code: "ur", name: "اردو", goals: "میرے مقاصد", note: "خودکار ترجمہ — اگر کچھ واضح نہ ہو تو پوچھیں", rtl: true },
] as const;

const goal = "Jeg vil gerne arbejde med dyr, fire dage om ugen";
const wentWell = "Jeg tog bussen alene til praktikken tre gange";
const step = "Ringe til dyreinternatet om en praktikplads";
/** What she writes, in her own words: Samplan never translates what people write. */
const herGoal = "أريد أن أتعلم الدنماركية وأن أعمل في مطبخ، 3 أيام في الأسبوع";

/** A meeting with something in every part of her view, written through the API by the coordinator. */
async function aMeetingWithAPlan(baseURL: string) {
  const coordinator = await coordinatorSession(baseURL);
  const { caseId, meetingId } = await createCaseAndMeeting(coordinator, "Amal Haddad", "Netværksmøde om praktik");
  const amal = await addMember(coordinator, caseId, { name: "Amal Haddad", role: "borger" });
  const peter = await addMember(coordinator, caseId, {
    name: "Peter Lund",
    role: "fagperson",
    organisation: "Jobcenter",
  });
  await writeAs(coordinator, baseURL, meetingId, (doc, { principal }) => {
    const by = { createdBy: principal.name, createdByRole: principal.role };
    addGoal(doc, { ...by, text: goal });
    addProgressObservation(doc, { ...by, text: wentWell });
    addNextStep(doc, { ...by, text: step, owner: CITIZEN_OWNER, dueDate: daysFromNow(3) });
  });
  return { coordinator, caseId, meetingId, amal, peter };
}

async function herMailLanguage(coordinator: APIRequestContext, caseId: string, memberId: string) {
  const answer = await coordinator.get(pathOf(apiRoutes.members, { caseId }));
  const { members } = (await answer.json()) as { members: { id: string; language: string }[] };
  return members.find((member) => member.id === memberId)?.language;
}

/** In her view the languages fold into one large button in the header: open it, and tap hers. */
async function chooseInHerView(page: Page, name: string) {
  await page.locator("summary.citizen-languages__summary").tap();
  await page.getByRole("button", { name, exact: true }).tap();
}

const scaleFace = (page: Page, n: number) =>
  page
    .locator(".scale-input__option")
    .filter({ has: page.locator(`input[value="${n}"]`) })
    .first();

test("the citizen chooses Arabic as she joins: her view mirrors, says it is machine-translated, and her goal reaches the professionals in her words", async ({
  open,
  baseURL,
}, testInfo) => {
  // Two browsers, a join by code and axe on two pages: about 45 s on the shared 2-core machine.
  test.slow();
  const { coordinator, caseId, meetingId, amal, peter } = await aMeetingWithAPlan(baseURL ?? "");
  const professional = await open(professionalLaptop);
  await professional.goto((await invite(coordinator, meetingId, peter, "link")).joinPath);
  await expectConnected(professional);
  const { code } = await invite(coordinator, meetingId, amal, "code");
  const citizen = await open(citizenTablet);
  // Her tablet has an Arabic voice (the stand-in for the device's speech: what is asked is recorded).
  await fakeSpeech(citizen, [{ name: "Maged", lang: "ar-SA" }]);

  await test.step("on the join page she finds her language named in its own script, and the page turns Arabic", async () => {
    await citizen.goto("/join");
    await citizen.getByRole("button", { name: "العربية" }).tap();
    await expect(citizen.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(citizen.locator("html")).toHaveAttribute("lang", "ar");
    await expect(citizen.getByRole("heading", { name: "اذهب إلى الاجتماع", level: 1 })).toBeVisible();
    await expect(citizen.getByRole("note")).toHaveText("ترجمة آلية — اسأل إذا كان شيء غير واضح");
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "citizen-join-ar");
    await citizen.getByLabel("اكتب الرمز الظاهر على شاشة المنسق").fill(code ?? "");
    await citizen.getByRole("button", { name: "اذهب إلى الاجتماع" }).tap();
  });

  await test.step("her view is in Arabic and mirrored; the scale starts at the right, its digits as written", async () => {
    await expect(citizen.getByRole("status").filter({ hasText: "متصل" })).toBeVisible();
    await expect(citizen.getByRole("heading", { name: "أهدافي", level: 2 })).toBeVisible();
    await expect(citizen.getByRole("heading", { name: "ما نفعله الآن", level: 2 })).toBeVisible();
    await expect(citizen.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(citizen.getByRole("note").filter({ hasText: "ترجمة آلية" })).toBeVisible();
    // What the professionals wrote stays as they wrote it.
    await expect(citizen.getByRole("textbox", { name: "الهدف 1", exact: true })).toHaveText(goal);
    const zero = await scaleFace(citizen, 0).boundingBox();
    const ten = await scaleFace(citizen, 10).boundingBox();
    expect(zero && ten && zero.x > ten.x, "0 on the right, 10 on the left").toBe(true);
    await expect(scaleFace(citizen, 10)).toHaveText("10");
    // Three days left, in Arabic's plural for three (few): "بعد 3 أيام".
    await expect(citizen.locator(".citizen-step__days")).toHaveText("(بعد 3 أيام)");
    // Read aloud in the language she reads: the professional's Danish words, asked for in Arabic's voice.
    await citizen.getByRole("button", { name: "اقرأ بصوت عالٍ الهدف 1", exact: true }).tap();
    expect(await spoken(citizen)).toEqual([{ text: goal, lang: "ar", voice: "Maged" }]);
    await expectCitizenSized(citizen);
    await expectNoSeriousAxeViolations(citizen);
    await keepScreenshot(citizen, testInfo, "citizen-plan-ar");
    // Her languages, one tap away in the header, open over the page, and fold away again.
    const fold = citizen.locator("summary.citizen-languages__summary");
    await fold.tap();
    await expect(citizen.getByRole("button", { name: "Polski", exact: true })).toBeVisible();
    await keepScreenshot(citizen, testInfo, "citizen-languages-open-ar");
    await fold.tap();
    await expect(citizen.getByRole("button", { name: "Polski", exact: true })).toBeHidden();
  });

  await test.step("her e-mails follow the language she chose", async () => {
    await expect.poll(() => herMailLanguage(coordinator, caseId, amal)).toBe("ar");
  });

  await test.step("she writes a goal in Arabic; the professional reads exactly her words, in his Danish page", async () => {
    await addAndWrite(citizen, "اكتب هدفًا جديدًا", "الهدف 2", herGoal);
    const hers = professional.getByRole("textbox", { name: "Mål 2", exact: true });
    await expect(hers).toHaveText(herGoal);
    await expect(professional.locator("html")).toHaveAttribute("lang", "da");
    await expect(professional.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(professional.getByRole("heading", { name: "Mål", level: 2 })).toBeVisible();
    // Her words read right to left where they stand, in a page that does not mirror.
    await expect(hers).toHaveAttribute("dir", "auto");
    await keepScreenshot(professional, testInfo, "professional-sees-her-arabic-goal");
  });
  await coordinator.dispose();
});

test("the citizen's view in each of her nine languages", async ({ open, baseURL }, testInfo) => {
  test.slow();
  const { coordinator, meetingId, amal } = await aMeetingWithAPlan(baseURL ?? "");
  const citizen = await open(citizenTablet);
  await citizen.goto((await invite(coordinator, meetingId, amal, "link")).joinPath);
  await expectConnected(citizen);
  await coordinator.dispose();

  for (const language of LANGUAGES) {
    await test.step(language.code, async () => {
      await chooseInHerView(citizen, language.name);
      await expect(citizen.getByRole("heading", { name: language.goals, level: 2 })).toBeVisible();
      await expect(citizen.locator("html")).toHaveAttribute("lang", language.code);
      await expect(citizen.locator("html")).toHaveAttribute("dir", language.rtl ? "rtl" : "ltr");
      if (language.note) await expect(citizen.getByRole("note")).toHaveText(language.note);
      else await expect(citizen.getByRole("note")).toHaveCount(0);
      await expectNoSeriousAxeViolations(citizen);
      await keepScreenshot(citizen, testInfo, `citizen-view-language-${language.code}`);
    });
  }

  await test.step("the choice is kept on the tablet", async () => {
    await citizen.reload();
    await expect(citizen.getByRole("heading", { name: "میرے مقاصد", level: 2 })).toBeVisible();
    await expect(citizen.locator("html")).toHaveAttribute("dir", "rtl");
  });
});
