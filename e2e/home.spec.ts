// The manager's and the rep's home, weekly goals, the grouped navigation (keyboard, phone)
// and the corrections of issue 13, in English and Dutch. Each test makes its own organization
// or only reads the demo organization.
import { addIsoWeeks } from "../lib/weeks/iso-week";
import { DEMO, expect, expectAccessible, openSection, orgNav, screenshot, test } from "./support/fixtures";
import { importSpreadsheet } from "./support/imports";
import { thisWeek } from "./support/weeks";

const PHONE = { width: 360, height: 740 };

test.describe("homes and goals", () => {
  test.slow();

  test("a manager imports weeks, sets goals, and the home shows actual against goal with the chance", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    const weeks = [-4, -3, -2, -1].map((n) => addIsoWeeks(thisWeek(), n));
    const rows = ["email,week,calls,conversations,appointments,hours"];
    for (const week of weeks)
      rows.push(`ann@example.test,${week},106,38,9,7.5`, `bob@example.test,${week},80,20,4,6`);
    await importSpreadsheet(page, account.orgSlug, rows.join("\n"), { rows: 8, createReps: true });
    await expect(page.getByRole("status").first()).toHaveText(/^Imported: 8 weeks created/);

    // Goals: through the grouped navigation (Insights).
    await openSection(page, "Goals");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weekly goals");
    const form = page.getByRole("form", { name: "Set a weekly goal" });
    // Bad input is named next to the field and stores nothing.
    await form.getByLabel("From week").fill("banana");
    await form.getByLabel("Appointments a week").fill("-2");
    await form.getByRole("button", { name: "Save goal" }).click();
    await expect(form.getByLabel("Appointments a week")).toHaveAccessibleDescription(
      "Enter a whole number, zero or more.",
    );
    await expect(page.getByText("No goals yet.")).toBeVisible();
    await form.getByLabel("From week").fill(weeks[0] as string);
    await form.getByLabel("Appointments a week").fill("20");
    await form.getByRole("button", { name: "Save goal" }).click();
    await expect(page.getByRole("table", { name: "Weekly goals, newest first" })).toContainText(
      "The whole team",
    );
    await form.getByLabel("For").selectOption({ label: "ann" });
    await form.getByLabel("From week").fill(weeks[0] as string);
    await form.getByLabel("Appointments a week").fill("9");
    await form.getByLabel("Calls a week").fill("110");
    await form.getByRole("button", { name: "Save goal" }).click();
    await expect(
      page.getByRole("table", { name: "Weekly goals, newest first" }).getByRole("row"),
    ).toHaveCount(3);
    await expectAccessible(page);
    await screenshot(page, "goals-en");

    await openSection(page, "Home");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${account.orgName}: overview`);
    // Tiles: 4 weeks of 13 appointments against 4 weeks of a goal of 20.
    await expect(page.getByRole("link", { name: /Appointments booked 52 52 of a goal of 80/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Appointments per conversation/ })).toContainText("%");
    const reps = page.getByRole("table", { name: /Each rep: this week's form/ });
    await expect(reps.getByRole("row", { name: /^ann/ })).toContainText("9 of 9 appointments");
    await expect(reps.getByRole("row", { name: /^ann/ })).toContainText("Goal reached");
    await expect(reps.getByRole("row", { name: /^bob/ })).toContainText("No goal");
    await expect(reps.getByRole("img", { name: /per week over 13 weeks/ })).toHaveCount(2);
    await expect(page.getByText(/The team this week/)).toBeVisible();
    await expect(
      page.getByText(/At the usual pace \(186 calls a week\) the chance of 20 or more appointments/),
    ).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "home-manager-en");

    await page.setViewportSize(PHONE);
    await expectAccessible(page);
    await screenshot(page, "home-manager-en-phone");

    // The team page shows the team's goal this week too.
    await page.setViewportSize({ width: 1366, height: 900 });
    await openSection(page, "Team");
    await expect(page.getByRole("region", { name: /The team's goal this week/ })).toContainText("20");
    // At 1366 px the whole team table fits: no column is off-screen. (On a narrower screen it
    // scrolls, and the names stay in view: checked by scrolling to the last column.)
    const frame = page.getByRole("region", { name: /Effort and ratios per rep/ });
    const overflow = await frame.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow, "the team table is wider than its frame at 1366 px").toBeLessThanOrEqual(0);
    await frame.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const name = frame.getByRole("rowheader", { name: "ann" });
    const [frameBox, nameBox] = [await frame.boundingBox(), await name.boundingBox()];
    expect(nameBox && frameBox && nameBox.x >= frameBox.x - 1).toBe(true);
    await frame.scrollIntoViewIfNeeded();
    await screenshot(page, "team-1366-en");
  });

  test("the rep's home: my week, my numbers, and no team total beside two colleagues", async ({
    page,
    loginPage,
  }) => {
    await loginPage.logInAs(DEMO.repEmail);
    await expect(page).toHaveURL(/\/o\/demo$/);
    await expect(page.getByRole("heading", { name: "My week" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Fill in this week" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "My goal" })).toBeVisible();
    await expect(
      page.getByText("The team's total shows here once the team has at least 3 other reps"),
    ).toBeVisible();
    // Nobody else's name or row.
    for (const name of ["Sander Janssens", "Amira El Idrissi"])
      await expect(page.getByText(name)).toHaveCount(0);
    await expect(page.getByRole("table", { name: /Each rep/ })).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, "home-rep-en");
  });
});

test.describe("in Dutch", () => {
  test.use({ locale: "nl-BE" });

  test("the manager's home, the rep's home and the goals page speak Dutch", async ({
    page,
    loginPage,
    browser,
  }) => {
    await loginPage.logInAs(DEMO.managerEmail);
    await expect(page.getByRole("heading", { name: "Te doen" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Verkopers" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Afspraken vastgelegd/ })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "home-manager-nl");
    await openSection(page, "Doelen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weekdoelen");
    await expectAccessible(page);
    await screenshot(page, "goals-nl");

    const context = await browser.newContext({ locale: "nl-BE" });
    const rep = await context.newPage();
    await rep.goto("/login");
    await rep.getByLabel("E-mail").fill(DEMO.repEmail);
    await rep.getByLabel("Wachtwoord").fill(DEMO.password);
    await rep.getByRole("button", { name: "Aanmelden" }).click();
    await expect(rep).toHaveURL(/\/o\/demo$/);
    // Another spec switches the demo rep to English: their own setting beats the browser's.
    const dutch = rep.getByRole("button", { name: "Nederlands" });
    if (await dutch.isVisible()) await dutch.click();
    await expect(rep.getByRole("heading", { name: "Mijn week" })).toBeVisible();
    await expect(rep.getByRole("link", { name: "Deze week invullen" })).toBeVisible();
    await expectAccessible(rep);
    await screenshot(rep, "home-rep-nl");
    // The demo rep is shared by the specs: leave their own language as English again.
    await rep.getByRole("button", { name: "English" }).click();
    await expect(rep.locator("html")).toHaveAttribute("lang", "en");
    await context.close();
  });
});

test.describe("grouped navigation", () => {
  test("groups open with the keyboard and close with Escape; a rep sees fewer groups", async ({
    page,
    loginPage,
  }) => {
    await loginPage.logInAs(DEMO.managerEmail);
    const nav = orgNav(page);
    await expect(nav.getByRole("button")).toHaveText([/^Insights/, /^Data/, /^Settings/]);
    const insights = nav.getByRole("button", { name: /^Insights/ });
    await insights.focus();
    await page.keyboard.press("Enter");
    await expect(insights).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Team", exact: true })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(insights).toHaveAttribute("aria-expanded", "false");
    await expect(insights).toBeFocused();
    await expect(nav.getByRole("link", { name: "Team", exact: true })).toBeHidden();
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/o\/demo\/team/);
    await expect(insights).toHaveAttribute("aria-expanded", "false");
    await screenshot(page, "nav-desktop-en");

    // On a phone: the bar fits, a group opens across the screen.
    await page.setViewportSize(PHONE);
    await page.goto("/o/demo");
    const bar = nav.locator("ul").first();
    expect(await bar.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    await nav.getByRole("button", { name: /^Data/ }).click();
    await screenshot(page, "nav-phone-open-en");
    await expectAccessible(page);
    await nav.getByRole("link", { name: "Weeks", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Weeks");
    await screenshot(page, "weeks-phone-en");

    await page.context().clearCookies();
    await page.setViewportSize({ width: 1366, height: 900 });
    await loginPage.logInAs(DEMO.repEmail);
    // Other specs may have switched the demo rep to Dutch: the groups, in either language.
    await expect(orgNav(page).getByRole("button")).toHaveText([
      /^(Insights|Inzichten)/,
      /^(Settings|Instellingen)/,
    ]);
  });
});

test.describe("corrections", () => {
  test("an unusable week says so and offers the current week; nothing is saved elsewhere", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    const base = `/o/${account.orgSlug}`;
    for (const [text, message] of [
      ["banana", "There is no week “banana” to fill in: Use an ISO week such as 2026-W47."],
      ["2026-W99", "There is no week “2026-W99” to fill in: Use an ISO week such as 2026-W47."],
      [addIsoWeeks(thisWeek(), 10), `Week ${addIsoWeeks(thisWeek(), 10)} has not happened yet`],
    ] as const) {
      await page.goto(`${base}/week?week=${text}`);
      await expect(page.locator("#main").getByRole("alert")).toContainText(message);
      await expect(page.getByRole("form", { name: /Numbers for week/ })).toHaveCount(0);
    }
    await expectAccessible(page);
    await screenshot(page, "week-future-en");
    await page.getByRole("link", { name: `Fill in this week (${thisWeek()})` }).click();
    await expect(page.getByRole("form", { name: `Numbers for week ${thisWeek()}` })).toBeVisible();
  });

  test("a week saved by mistake is deleted after a tick, and the audit log says whose week it was", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    const base = `/o/${account.orgSlug}`;
    await page.goto(`${base}/week`);
    await page.getByLabel("Calls").fill("12");
    await page.getByRole("button", { name: "Save week" }).click();
    // A double click on Save still ends on "saved".
    await expect(page.getByRole("status").first()).toHaveText(`Week ${thisWeek()} saved.`);
    const remove = page.getByRole("form", { name: "Saved the wrong week?" });
    await remove.getByRole("button", { name: "Delete this week" }).click();
    await expect(remove.getByText("Tick the box to confirm that this week should be deleted.")).toBeVisible();
    await remove.getByLabel(`Yes, delete week ${thisWeek()} of Sam Owner`).check();
    await remove.getByRole("button", { name: "Delete this week" }).click();
    await expect(page.getByRole("status").first()).toHaveText(`Week ${thisWeek()} deleted.`);
    await expect(page.getByLabel("Calls")).toHaveValue("");
    await expect(page.getByRole("form", { name: "Saved the wrong week?" })).toHaveCount(0);

    await openSection(page, "Audit log");
    const deleted = page.getByRole("row", { name: /Week deleted/ });
    await expect(deleted).toContainText(`Sam Owner, week ${thisWeek()}`);
    await expect(deleted).toContainText("Calls");
    await expect(page.getByRole("row", { name: /Week entered/ })).toContainText(
      `Sam Owner, week ${thisWeek()}`,
    );
    await expect(page.getByText("values.calls")).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, "audit-week-en");
  });

  test("sign-up suggests the address from the organization's name", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Organization name").fill("Bakkerij Peeters & Zonen");
    await expect(page.getByLabel("Web address")).toHaveValue("bakkerij-peeters-zonen");
    await page.getByLabel("Web address").fill("peeters");
    await page.getByLabel("Organization name").fill("Bakkerij Peeters");
    await expect(page.getByLabel("Web address")).toHaveValue("peeters");
  });

  test("a favicon, an app icon and a web app manifest for the home screen", async ({ request }) => {
    const manifest = await request.get("/manifest.webmanifest");
    expect(manifest.status()).toBe(200);
    const body = await manifest.json();
    expect(body).toMatchObject({ name: "Funnelmeter", display: "standalone", start_url: "/" });
    for (const icon of body.icons as { src: string }[])
      expect((await request.get(icon.src)).status()).toBe(200);
    expect((await request.get("/icon.svg")).status()).toBe(200);
    expect((await request.get("/apple-icon.png")).status()).toBe(200);
  });
});
