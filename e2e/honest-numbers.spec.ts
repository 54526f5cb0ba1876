// Honest numbers on the team, rep and what-if pages: a blank field is "not recorded", ratios
// say how many weeks they pooled and how many more weeks they need, a trend arrow only where
// its interval earns it, unusual weeks marked on the rep's chart; in English and Dutch.
import type { Page } from "@playwright/test";
import { api, orgWithApiKey } from "./support/api";
import {
  expect,
  expectAccessible,
  LoginPage,
  newAccount,
  screenshot,
  switchLanguage,
  test,
} from "./support/fixtures";
import { weeksAgo } from "./support/weeks";

test.describe.configure({ mode: "serial" });

let org: { slug: string; ownerEmail: string; repId: string };

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL as string;
  const keyed = await orgWithApiKey(browser, baseURL);
  const request = await playwright.request.newContext({ baseURL });
  const client = api(request, keyed.key);
  const created = await client.post("/members", {
    email: `nina-${keyed.slug}@example.test`,
    name: "Nina Blank",
    role: "rep",
    startedOn: "2025-01-06",
  });
  expect(created.status()).toBe(201);
  const repId = (await created.json()).id as string;
  // 12 weeks ending last week: 60 calls, 20 conversations, 5 appointments a week; short
  // callbacks never recorded; the oldest week left appointments blank; one unusual week.
  for (let back = 12; back >= 1; back--) {
    const metrics: Record<string, number> =
      back === 12
        ? { calls: 60, conversations: 20 }
        : { calls: 60, conversations: 20, appointments: back === 9 ? 15 : 5 };
    const put = await client.put(`/members/${repId}/weeks/${weeksAgo(back)}`, { metrics, notWorked: false });
    expect(put.status()).toBe(200);
  }
  await request.dispose();
  org = { slug: keyed.slug, ownerEmail: keyed.ownerEmail, repId };
});

async function logIn(page: Page) {
  await new LoginPage(page).logInAs(org.ownerEmail, newAccount().password);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}$`));
}

test("the rep page: not recorded, weeks pooled, more weeks at this pace, no clear change, the unusual week", async ({
  page,
}) => {
  await logIn(page);
  await page.goto(`/o/${org.slug}/reps/${org.repId}?period=13w`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nina Blank");
  await expect(page.locator('[data-not-recorded="shortCallbacksPerConversation"]')).toHaveText(
    "Not recorded",
  );
  const perConversation = page
    .getByRole("listitem")
    .filter({ has: page.locator('[data-ratio="appointmentsPerConversation"]') });
  // 11 weeks recorded appointments and conversations: the blank week is not pooled as 0.
  await expect(perConversation).toContainText("of 220, 11 weeks pooled");
  await expect(perConversation).toContainText(/about \d+ more weeks? at this pace/);
  await expect(perConversation).toContainText("No clear change vs the previous 4 weeks");
  const note = page.locator('[data-chart-note="ratio-appointmentsPerConversation"]');
  await expect(note).toContainText(`Unusual week (outside the control limits`);
  await expect(note).toContainText(`W${Number(weeksAgo(9).slice(6))}`);
  await expectAccessible(page);
  await screenshot(page, "honest-rep-en");

  await switchLanguage(page, "Nederlands");
  await expect(page.locator('[data-not-recorded="shortCallbacksPerConversation"]')).toHaveText(
    "Niet ingevuld",
  );
  await expect(perConversation).toContainText("11 weken samengeteld");
  await expect(perConversation).toContainText(/ongeveer \d+ (week|weken) extra in dit tempo/);
  await expect(perConversation).toContainText("Geen duidelijke verandering t.o.v. de vorige 4 weken");
  await expect(note).toContainText("Uitzonderlijke week");
  await screenshot(page, "honest-rep-nl");
  await switchLanguage(page, "English");
  await expect(page.locator('[data-not-recorded="shortCallbacksPerConversation"]')).toHaveText(
    "Not recorded",
  );
});

test("the team page uses the same trend and the pooled weeks", async ({ page }) => {
  await logIn(page);
  await page.goto(`/o/${org.slug}/team?period=13w`);
  const table = page.getByRole("table", { name: /Effort and ratios per rep/ });
  const row = table.getByRole("row", { name: /Nina Blank/ });
  await expect(row.locator('[data-trend="noClearChange"]')).toContainText("No clear change");
  await expect(page.getByText("11 weeks pooled").first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "honest-team-en");
});

test("the what-if page: per week, the calls range, little data and what the chance counts", async ({
  page,
}) => {
  await logIn(page);
  await page.goto(`/o/${org.slug}/what-if?target=12,5&unit=week&period=13w`);
  const answer = page.getByRole("region", { name: "What 12.5 appointments a week take" });
  await expect(answer.locator("[data-calls-range]")).toContainText(
    /the target takes between [\d,.]+ and [\d,.]+ calls a week/,
  );
  await expect(answer.locator("[data-little-data]")).toContainText("Little data");
  const chance = page.getByRole("region", { name: "How likely it is" });
  // 12.5 a week is never rounded to 13: at least 25 in 2 weeks.
  await expect(chance).toContainText(/the chance to book at least 25 appointments in 2 weeks is \d+%/);
  await expect(chance.locator("[data-model-counts]")).toContainText("What this chance counts");
  await expectAccessible(page);
  await screenshot(page, "honest-what-if-en");

  await switchLanguage(page, "Nederlands");
  await expect(page.getByRole("region", { name: "Hoe waarschijnlijk het is" })).toContainText(
    /minstens 25 afspraken in 2 weken vast te leggen/,
  );
  await expect(page.locator("[data-model-counts]")).toContainText("Wat deze kans meetelt");
  await screenshot(page, "honest-what-if-nl");
  await switchLanguage(page, "English");
  await expect(page.locator("[data-model-counts]")).toContainText("What this chance counts");
});

test("the weeks grid: the owner who logs nothing and an invited rep are not missing or reminded", async ({
  page,
}) => {
  await logIn(page);
  await page.goto(`/o/${org.slug}/weeks`);
  const table = page.getByRole("table");
  for (const name of [/Sam Owner/, /Nina Blank/]) {
    const row = table.getByRole("row", { name });
    await expect(row.getByRole("button", { name: /Remind/ })).toHaveCount(0);
    await expect(row.getByRole("link", { name: /Missing/ })).toHaveCount(0);
  }
  await expect(
    table
      .getByRole("row", { name: /Sam Owner/ })
      .getByRole("link", { name: `Sam Owner, ${weeksAgo(2)}: Not expected` }),
  ).toBeVisible();
  await expect(page.getByText(/Everyone has filled in last week/)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, "honest-weeks-en");
});
