// Every page of the product, in English and in Dutch: no serious or critical axe
// violation, the language the browser asked for, and a screenshot for people to look at
// (test-results/screenshots/<page>-<en|nl>[-phone|-dark].png). Each test makes its own
// organizations and users, or reads the DEMO organization without changing it.

import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, newAccount, screenshot, test } from "./support/fixtures";

const LANGUAGES = [
  { lang: "en", browserLocale: "en-GB", logIn: "Log in", join: /^Join / },
  { lang: "nl", browserLocale: "nl-BE", logIn: "Aanmelden", join: /^Lid worden van / },
] as const;
const PHONE = { width: 360, height: 740 };
// The sections that read a team's numbers, visited in this order on a new and on the demo organization.
const INSIGHTS = ["goals", "what-if", "forecast", "benchmark", "profitability", "survey", "results"];
const UNFILLED_PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*(?:[,}])/g;

/** Signs up through the form by field name, so it works in either language. */
async function signUp(page: Page) {
  const account = newAccount();
  await page.goto("/signup");
  const form = page.locator("form", { has: page.locator('input[name="slug"]') });
  await form.locator('input[name="name"]').fill(account.name);
  await form.locator('input[name="email"]').fill(account.email);
  await form.locator('input[name="password"]').fill(account.password);
  await form.locator('input[name="orgName"]').fill(account.orgName);
  await form.locator('input[name="slug"]').fill(account.orgSlug);
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
  return account;
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  const form = page.locator("form", { has: page.locator('input[name="password"]') });
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * The page speaks the browser's language, passes axe, and is photographed. Failures are
 * collected so that one bad page does not hide the others' screenshots and violations.
 */
async function check(page: Page, name: string, lang: string) {
  const shot = `${name}-${lang}`;
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("#main")).toBeVisible();
  // A message whose values were not passed shows its template: "{coverage}".
  expect.soft((await page.locator("body").innerText()).match(UNFILLED_PLACEHOLDER), shot).toBeNull();
  await screenshot(page, shot);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect
    .soft(
      serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
      shot,
    )
    .toEqual([]);
}

async function newContext(browser: Browser, locale: string) {
  return browser.newContext({ locale });
}

for (const { lang, browserLocale, join } of LANGUAGES) {
  test.describe(`every page in ${lang}`, () => {
    test.use({ locale: browserLocale });
    // Many pages per test, each checked by axe: slower than one flow, still independent.
    test.describe.configure({ timeout: 240_000 });

    test("pages before logging in", async ({ page }) => {
      for (const [path, name] of [
        ["/login", "login"],
        ["/signup", "signup"],
        ["/reset-password", "reset-password"],
        ["/reset-password/not-a-real-token-not-a-real-token-0000", "reset-password-invalid"],
        ["/invite/not-a-real-token-not-a-real-token-00000000", "invite-invalid"],
        ["/no-such-page", "not-found"],
      ] as const) {
        await page.goto(path);
        await check(page, name, lang);
      }
    });

    test("a new organization: every section and the account page, empty but explained", async ({ page }) => {
      const account = await signUp(page);
      const base = `/o/${account.orgSlug}`;
      await check(page, "overview-new", lang);
      for (const section of [
        "week",
        "weeks",
        "team",
        ...INSIGHTS,
        "settings",
        "webhooks",
        "funnel",
        "import",
        "members",
        "audit",
      ]) {
        await page.goto(`${base}/${section}`);
        await check(page, `${section}-new`, lang);
      }
      await page.goto(`${base}/not-a-section`);
      await check(page, "org-not-found", lang);
      await page.goto("/account");
      await check(page, "account", lang);
    });

    // Desktop and phone are two tests: each visits a dozen pages with an axe check, and
    // together they came near the test timeout on a busy machine.
    test("the demo organization with data", async ({ page }) => {
      await logIn(page, DEMO.managerEmail, DEMO.password);
      const base = `/o/${DEMO.orgSlug}`;
      await page.goto(base);
      await check(page, "overview", lang);
      await page.goto(`${base}/team`);
      await check(page, "team", lang);
      await page.locator(`a[href^="${base}/reps/"]`).first().click();
      await expect(page).toHaveURL(/\/reps\//);
      await check(page, "rep", lang);
      for (const section of ["weeks", "week", ...INSIGHTS, "members", "audit"]) {
        await page.goto(`${base}/${section}`);
        await check(page, section, lang);
      }
    });

    test("the demo organization on a phone", async ({ page }) => {
      await logIn(page, DEMO.managerEmail, DEMO.password);
      const base = `/o/${DEMO.orgSlug}`;
      await page.setViewportSize(PHONE);
      for (const section of [
        "week",
        "",
        "team",
        "goals",
        "what-if",
        "benchmark",
        "profitability",
        "survey",
        "weeks",
        "results",
        "members",
        "audit",
      ]) {
        await page.goto(`${base}${section ? `/${section}` : ""}`);
        await check(page, `${section || "overview"}-phone`, lang);
        // Only wide tables scroll sideways, inside their frames; the page itself never does.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(overflow, `${section || "overview"} on a phone scrolls sideways`).toBeLessThanOrEqual(0);
      }
    });

    test("an invitation, joining a second organization, and the organization chooser", async ({
      page,
      browser,
    }) => {
      const invitee = await signUp(page);

      // Another owner invites the existing user and a newcomer.
      const ownerContext = await newContext(browser, browserLocale);
      const owner = await ownerContext.newPage();
      const ownerAccount = await signUp(owner);
      const invite = async (email: string) => {
        await owner.goto(`/o/${ownerAccount.orgSlug}/members`);
        const form = owner.locator("form", { has: owner.locator('input[name="startedOn"]') });
        await form.locator('input[name="email"]').fill(email);
        await form.locator('input[name="name"]').fill("Invited Person");
        await form.locator('button[type="submit"]').click();
        const link = owner.locator("input[readonly]");
        await expect(link).toHaveValue(/\/invite\//);
        return new URL(await link.inputValue()).pathname;
      };
      const newcomerLink = await invite(`new-${invitee.orgSlug}@example.test`);
      await check(owner, "members-invited", lang);
      const existingLink = await invite(invitee.email);

      const strangerContext = await newContext(browser, browserLocale);
      const stranger = await strangerContext.newPage();
      await stranger.goto(newcomerLink);
      await check(stranger, "invite-new-account", lang);
      await strangerContext.close();

      await page.goto(existingLink);
      await check(page, "invite-join", lang);
      await page.getByRole("button", { name: join }).click();
      await expect(page).toHaveURL(new RegExp(`/o/${ownerAccount.orgSlug}$`));
      await page.goto("/");
      await check(page, "home-chooser", lang);
      await ownerContext.close();
    });
  });
}

test.describe("theme and header", () => {
  test("the theme switcher is keyboard-usable, applies at once and is rendered by the server after a reload", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/login");
    const html = page.locator("html");
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const lightBackground = await background();
    const themes = page.getByRole("group", { name: "Colour theme" });
    await expect(themes.getByRole("radio", { name: "Same as this device" })).toBeChecked();
    await expect(html).not.toHaveClass(/dark/);

    // Arrow keys move through a radio group: system → light → dark.
    await themes.getByRole("radio", { name: "Same as this device" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(themes.getByRole("radio", { name: "Dark" })).toBeChecked();
    await expect(html).toHaveClass("dark");
    const darkBackground = await background();
    expect(darkBackground).not.toBe(lightBackground);

    // The server renders the class from the cookie: no flash of the light theme.
    const response = await page.request.get("/login");
    expect(await response.text()).toMatch(/<html[^>]*class="dark"/);
    await page.reload();
    await expect(html).toHaveClass("dark");
    await expectAccessible(page);
    await screenshot(page, "login-en-dark");

    // "Light" wins over a dark device; "system" follows it.
    await page.emulateMedia({ colorScheme: "dark" });
    await themes.locator("label", { hasText: "Light" }).click();
    await expect(html).toHaveClass("light");
    expect(await background()).toBe(lightBackground);
    await themes.locator("label", { hasText: "Same as this device" }).click();
    await expect(html).not.toHaveClass(/light|dark/);
    expect(await background()).toBe(darkBackground);
  });

  test("dark pages with data pass axe too", async ({ page, context }) => {
    // Six pages, each checked by axe (like the "every page" sweeps above): more than one flow's time.
    test.slow();
    await context.addCookies([
      { name: "funnelmeter-theme", value: "dark", url: test.info().project.use.baseURL ?? "" },
    ]);
    await logIn(page, DEMO.managerEmail, DEMO.password);
    for (const [path, name] of [
      [`/o/${DEMO.orgSlug}`, "overview"],
      [`/o/${DEMO.orgSlug}/team`, "team"],
      [`/o/${DEMO.orgSlug}/week`, "week"],
      [`/o/${DEMO.orgSlug}/what-if?target=3`, "what-if"],
      [`/o/${DEMO.orgSlug}/benchmark`, "benchmark"],
      [`/o/${DEMO.orgSlug}/profitability`, "profitability"],
    ] as const) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass("dark");
      await check(page, `${name}-dark`, "en");
    }
  });

  test("on a phone the header folds into a menu that works with the keyboard", async ({ page }) => {
    await page.setViewportSize(PHONE);
    await logIn(page, DEMO.managerEmail, DEMO.password);
    await page.goto(`/o/${DEMO.orgSlug}/week`);
    const menu = page.getByRole("button", { name: "Menu" });
    const logOut = page.getByRole("button", { name: "Log out" });
    await expect(logOut).toBeHidden();
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(logOut).toBeVisible();
    await expect(page.getByRole("group", { name: "Colour theme" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "header-menu-en-phone");
    await page.keyboard.press("Escape");
    await expect(logOut).toBeHidden();
    await expect(menu).toBeFocused();

    // The page never scrolls sideways; only the section list does.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("navigation", { name: "Organization sections" })).toBeVisible();
  });

  test("a save shows a toast that goes away by itself, and Escape dismisses it sooner", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    await page.goto(`/o/${account.orgSlug}/settings`);
    const form = page.getByRole("form", { name: "Organization" });
    await form.getByRole("button", { name: /^Save/ }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    // The toast echoes the inline status, which is what screen readers hear.
    const toast = page.locator("[aria-hidden=true]").getByText("Saved.");
    await expect(toast).toBeVisible();
    await screenshot(page, "toast-en");
    await page.keyboard.press("Escape");
    await expect(toast).toBeHidden();
  });
});
