// Lists of people are cut into pages of 25 on the server: the manager's home, the weeks grid
// (sorted on the server too) and profitability (each page with its pay forms). An organization of 27 reps made through the API; another organization gets 404.
import type { Page } from "@playwright/test";
import { api, orgWithApiKey } from "./support/api";
import {
  expect,
  expectAccessible,
  LoginPage,
  newAccount,
  SignupPage,
  screenshot,
  test,
} from "./support/fixtures";
import { weeksAgo } from "./support/weeks";

test.describe.configure({ mode: "serial" });

const REPS = 27;
let org: { slug: string; ownerEmail: string };

test.beforeAll(async ({ browser, playwright }, testInfo) => {
  test.setTimeout(120_000);
  const baseURL = testInfo.project.use.baseURL as string;
  const keyed = await orgWithApiKey(browser, baseURL);
  const request = await playwright.request.newContext({ baseURL });
  const client = api(request, keyed.key);
  const owner = api(request, keyed.ownerKey);
  for (let i = 1; i <= REPS; i++) {
    const name = `Rep ${String(i).padStart(2, "0")}`;
    const created = await client.post("/members", {
      email: `rep-${i}-${keyed.slug}@example.test`,
      name,
      role: "rep",
      startedOn: "2025-01-06",
    });
    expect(created.status()).toBe(201);
    const id = (await created.json()).id as string;
    if (i % 2 === 1) {
      const put = await client.put(`/members/${id}/weeks/${weeksAgo(1)}`, {
        metrics: { calls: 60, conversations: 20, appointments: 4, hours: 30 },
        notWorked: false,
      });
      expect(put.status()).toBe(200);
    }
    const pay = await owner.put(`/members/${id}/pay`, {
      kind: "hourly",
      amount: 30,
      effectiveFrom: "2025-01-06",
    });
    expect(pay.status()).toBe(200);
  }
  await request.dispose();
  org = { slug: keyed.slug, ownerEmail: keyed.ownerEmail };
});

async function logIn(page: Page) {
  await new LoginPage(page).logInAs(org.ownerEmail, newAccount().password);
  await expect(page).toHaveURL(new RegExp(`/o/${org.slug}$`));
}

const bodyRows = (page: Page, caption: RegExp) =>
  page.getByRole("table", { name: caption }).locator("tbody tr");

/** At 1366 px a table fits its frame: no column is off-screen. */
async function fitsItsFrame(page: Page, caption: RegExp) {
  const frame = page.getByRole("region", { name: caption });
  const overflow = await frame.evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow, `${caption} is wider than its frame at 1366 px`).toBeLessThanOrEqual(0);
}

test("the home, the weeks grid and profitability show 25 people a page, with previous and next, and fit 1366 px", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await logIn(page);

  const reps = bodyRows(page, /^Each rep/);
  await expect(reps).toHaveCount(25);
  const homePages = page.getByRole("navigation", { name: "Pages of the rep list" });
  await expect(homePages).toContainText(`Reps 1–25 of ${REPS}`);
  await homePages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\?page=2/);
  await expect(reps).toHaveCount(2);
  await expect(homePages).toContainText(`Reps 26–27 of ${REPS}`);
  await expect(homePages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await screenshot(page, "home-page-2");
  await expectAccessible(page);

  await page.goto(`/o/${org.slug}/weeks`);
  const grid = bodyRows(page, /^Weeks filled in per person/);
  await expect(grid).toHaveCount(25);
  await fitsItsFrame(page, /^Weeks filled in per person/);
  await expect(grid.first()).toContainText("Rep 01");
  // The person column sorts on the server: pressed once more it runs Z to A.
  await page.getByRole("button", { name: /^Person/ }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(grid.first()).toContainText("Sam Owner");
  await expect(grid.nth(1)).toContainText("Rep 27");
  const gridPages = page.getByRole("navigation", { name: "Pages of the weeks grid" });
  await gridPages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/dir=desc/);
  await expect(gridPages).toContainText("People 26–28 of 28");
  await expect(grid.last()).toContainText("Rep 01");
  await screenshot(page, "weeks-grid-page-2");
  await expectAccessible(page);

  await page.goto(`/o/${org.slug}/profitability?period=13w`);
  const money = bodyRows(page, /^Cost and value per rep/);
  await expect(money).toHaveCount(25);
  await fitsItsFrame(page, /^Cost and value per rep/);
  const moneyPages = page.getByRole("navigation", { name: "Pages of the profitability table" });
  await moneyPages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/period=13w&page=2/);
  await expect(money).toHaveCount(2);
  await expect(moneyPages).toContainText(`People 26–27 of ${REPS}`);
  // The pay forms are the page's people's.
  await expect(page.getByRole("heading", { name: /Rep 27$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Rep 01$/ })).toHaveCount(0);
  await screenshot(page, "profitability-page-2");
  await expectAccessible(page);
});

test("the team page's leading/lagging table says when it lists only the team table's page", async ({
  page,
}) => {
  await logIn(page);
  // 28 people: the team table has two pages, and the table below lists the first one's.
  await page.goto(`/o/${org.slug}/team?period=13w`);
  await expect(page.getByRole("navigation", { name: "Pages of the team table" })).toBeVisible();
  const lagging = page.getByRole("table", { name: /for the reps on this page of the table above/ });
  await expect(lagging.locator("tbody tr")).toHaveCount(26);
  await expect(page.getByText("Only the reps on this page of the table above are listed")).toBeVisible();
  // Filtered to one rep, it follows the filter; the total row still counts everyone.
  await page.goto(`/o/${org.slug}/team?period=13w&q=Rep%2001`);
  await expect(lagging.locator("tbody tr")).toHaveCount(2);
  await expect(lagging.locator("tbody tr").first()).toContainText("Rep 01");
  await screenshot(page, "team-lagging-filtered");
});

test("another organization's pages are 404, whatever the page asked for", async ({ page }) => {
  await new SignupPage(page).signUp(newAccount());
  for (const path of ["weeks?page=2", "profitability?page=2", "?page=2"]) {
    const response = await page.goto(`/o/${org.slug}/${path}`);
    expect(response?.status()).toBe(404);
  }
});
