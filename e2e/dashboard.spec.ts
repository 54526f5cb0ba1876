import type { Browser, Page } from "@playwright/test";
import {
  DEMO,
  expect,
  expectAccessible,
  expectNotFound,
  LoginPage,
  navHasSection,
  openSection,
  screenshot,
  test,
} from "./support/fixtures";
import { weeksAgo } from "./support/weeks";

// The demo's eight weeks end last week (Europe/Brussels); its sixth week is the seed article's
// team week: 106 calls, 38 conversations, 9 appointments. Computed here as lib/admin/data/demo.ts does.
function seedWeek(): string {
  // Current week minus 3: first week = current - 8, and the seed week is its sixth.
  return weeksAgo(3);
}

async function logIn(page: Page, email: string) {
  await new LoginPage(page).logInAs(email);
  await expect(page).toHaveURL(/\/o\/demo$/);
}

/** A canvas that Chart.js has painted: some pixel is not transparent. */
async function expectPainted(page: Page, selector: string) {
  await expect
    .poll(
      () =>
        page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
          const context = canvas.getContext("2d");
          if (!context || canvas.width === 0 || canvas.height === 0) return 0;
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) painted += 1;
          return painted;
        }),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(500);
}

async function repHref(browser: Browser, name: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, DEMO.managerEmail);
  await page.goto("/o/demo/team");
  const href = await page.getByRole("link", { name }).getAttribute("href");
  await context.close();
  if (!href) throw new Error(`no link for ${name}`);
  return href;
}

test.describe("team and rep dashboards", () => {
  test("a manager changes the period, sorts by appointment rate, opens a rep and reads the charts", async ({
    page,
  }) => {
    // A long journey (six pages, each sorted or filtered on the server, axe and screenshots).
    test.slow();
    await logIn(page, DEMO.managerEmail);
    await openSection(page, "Team");
    await expect(page).toHaveURL(/\/o\/demo\/team$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team dashboard");
    const table = page.getByRole("table", { name: /Effort and ratios per rep/ });
    for (const name of ["Lotte Peeters", "Sander Janssens", "Amira El Idrissi"]) {
      await expect(table.getByRole("rowheader", { name })).toBeVisible();
    }
    // The 13 default weeks hold all eight demo weeks: 996 calls in total.
    await expect(table.getByRole("row", { name: /Team total/ })).toContainText("996");
    await expectAccessible(page);
    await screenshot(page, "team-en");

    await page.getByRole("link", { name: "Last 4 weeks" }).click();
    await expect(page).toHaveURL(/period=4w/);
    await expect(page.getByRole("link", { name: "Last 4 weeks" })).toHaveAttribute("aria-current", "page");
    await expect(table.getByRole("row", { name: /Team total/ })).toContainText("420"); // 118+106+100+96

    // The seed week alone: the team's "9 of 38", with its interval and the effort still needed.
    const week = seedWeek();
    await page.getByLabel("From week").fill(week);
    await page.getByLabel("To week").fill(week);
    await page.getByRole("button", { name: "Show range" }).click();
    await expect(page).toHaveURL(new RegExp(`period=custom&from=${week}&to=${week}`));
    const headline = page.getByRole("region", { name: /Team: Appointments per conversation/ });
    await expect(headline).toContainText("23.7% (13.0%–39.2%)");
    await expect(headline).toContainText("9 of 38");
    await expect(headline).toContainText(
      "Not enough data yet: ≈270 more conversations for ±20% of the ratio",
    );
    await expect(headline).toContainText("about 8 more weeks at this pace");
    const total = table.getByRole("row", { name: /Team total/ });
    await expect(total).toContainText("106");
    await expect(total).toContainText("23.7% (13.0%–39.2%)");
    await expect(total).toContainText("8.5% (4.5%–15.4%)");
    await screenshot(page, "team-seed-week-en");

    // Back to 13 weeks; sort by appointment rate, highest first.
    await page.getByRole("link", { name: "Last 13 weeks" }).click();
    await expect(page).toHaveURL(/period=13w/);
    const sortButton = table.getByRole("button", { name: /^Appointments per conversation/ });
    await sortButton.click();
    const header = table.getByRole("columnheader", { name: /^Appointments per conversation/ });
    await expect(header).toHaveAttribute("aria-sort", "descending");
    const rates = await table
      .locator('tbody [data-ratio="appointmentsPerConversation"]')
      .evaluateAll((cells) => cells.map((cell) => Number.parseFloat(cell.textContent ?? "")));
    expect(rates).toHaveLength(3);
    expect([...rates].sort((a, b) => b - a)).toEqual(rates);
    await sortButton.click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");

    // The filter narrows the rows; the team total stays.
    await page.getByLabel("Filter by name").fill("sander");
    await expect(table.locator("tbody").getByRole("rowheader")).toHaveCount(1);
    await expect(total).toBeVisible();
    await page.getByLabel("Filter by name").fill("");

    await table.getByRole("link", { name: "Lotte Peeters" }).click();
    await expect(page).toHaveURL(/\/o\/demo\/reps\/[0-9a-f-]{36}\?period=13w$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lotte Peeters");
    await expect(page.getByRole("heading", { name: "Ratios over 8 worked weeks" })).toBeVisible();
    await expect(page.getByText("Fewer calls, longer calls, more appointments")).toBeVisible();
    for (const chart of ["effort", "ratio-appointmentsPerConversation", "ratio-conversationsPerCall"]) {
      await expect(page.locator(`[data-chart="${chart}"] canvas`)).toBeVisible();
      await expectPainted(page, `[data-chart="${chart}"] canvas`);
    }
    // The chart's numbers as a table, intervals included.
    const figure = page.getByRole("figure", { name: "Appointments per conversation" });
    await figure.getByText("Show these numbers as a table").click();
    await expect(figure.getByRole("table")).toBeVisible();
    await expect(
      figure.getByRole("row", { name: new RegExp(`^Week ${Number(seedWeek().slice(6))},`) }),
    ).toContainText(/\d+\.\d%–\d+\.\d%/);
    await expectAccessible(page);
    await screenshot(page, "rep-en");
  });

  test("a rep sees the team total and their own row; another rep's page is not found", async ({
    page,
    browser,
  }) => {
    const sanderPath = await repHref(browser, "Sander Janssens");
    await logIn(page, DEMO.repEmail);
    await page.goto("/o/demo/team");
    const table = page.getByRole("table", { name: /Effort and ratios per rep/ });
    await expect(table.locator("tbody").getByRole("rowheader")).toHaveCount(1);
    await expect(table.getByRole("rowheader", { name: "Lotte Peeters" })).toBeVisible();
    await expect(table.getByRole("row", { name: /Team total/ })).toContainText("996");
    await expect(navHasSection(page, "demo", "results")).toHaveCount(0);
    await screenshot(page, "team-rep-en");

    await table.getByRole("link", { name: "Lotte Peeters" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lotte Peeters");

    const response = await page.goto(sanderPath);
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Sander Janssens")).toHaveCount(0);
    await expectNotFound(page, "/o/demo/results");
  });

  test("a member of another organization gets 404 on the demo's dashboards", async ({
    page,
    browser,
    signupPage,
  }) => {
    const lottePath = await repHref(browser, "Lotte Peeters");
    const account = await signupPage.signUp();
    for (const path of ["/o/demo/team", lottePath, "/o/demo/results"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    // Their own, empty organization: an empty state that says what to do next.
    await page.goto(`/o/${account.orgSlug}/team`);
    await expect(page.getByRole("heading", { name: "No weeks logged in this period" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Show the last 52 weeks" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "team-empty-en");
  });

  test("a manager enters lagging results; they show beside the activity", async ({ page, signupPage }) => {
    const account = await signupPage.signUp();
    await openSection(page, "Results");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results");
    const form = page.getByRole("form", { name: "Enter results" });

    await form.getByLabel("Week or month").fill("next week");
    await form.getByLabel("Deals won").fill("-1");
    await form.getByRole("button", { name: "Save results" }).click();
    await expect(form.getByRole("alert")).toHaveText("Some fields need your attention.");
    await expect(form.getByLabel("Rep")).toHaveAccessibleDescription("Choose a rep.");
    await expect(form.getByLabel("Week or month")).toHaveAccessibleDescription(/Use a week like 2026-W47/);
    await expect(form.getByLabel("Deals won")).toHaveAccessibleDescription(
      "Enter a whole number, zero or more.",
    );
    await expectAccessible(page);
    await screenshot(page, "results-errors-en");

    await form.getByLabel("Rep").selectOption({ label: account.name });
    await form.getByLabel("Week or month").fill(seedWeek());
    await form.getByLabel("Appointments held").fill("3");
    await form.getByLabel("Deals won").fill("1");
    await form.getByLabel("Revenue won").fill("4,500.50");
    await form.getByRole("button", { name: "Save results" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    const recent = page.getByRole("table", { name: /Results entered/ });
    await expect(recent.getByRole("row", { name: new RegExp(seedWeek()) })).toContainText("€4,500.50");
    await screenshot(page, "results-en");
  });
});

test.describe("Dutch", () => {
  test.use({ locale: "nl-BE" });

  test("the seed week reads 23,7% (13,0%–39,2%) with the effort still needed", async ({ page }) => {
    await logIn(page, DEMO.managerEmail);
    const week = seedWeek();
    await page.goto(`/o/demo/team?period=custom&from=${week}&to=${week}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Teamdashboard");
    const headline = page.getByRole("region", { name: /Team: Afspraken per beslisser/ });
    await expect(headline).toContainText("23,7% (13,0%–39,2%)");
    await expect(headline).toContainText("≈270 gesprekken met beslissers extra voor ±20% van de ratio");
    await expect(headline).toContainText("ongeveer 8 weken extra in dit tempo");
    await expectAccessible(page);
    await screenshot(page, "team-seed-week-nl");

    await page
      .getByRole("table", { name: /Inspanningen en ratio's/ })
      .getByRole("link", { name: "Amira El Idrissi" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amira El Idrissi");
    await expectPainted(page, '[data-chart="effort"] canvas');
    await screenshot(page, "rep-nl");
  });
});
