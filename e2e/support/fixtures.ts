// Page objects and helpers shared by the e2e specs. Each test creates what it needs
// (its own organization and users, unique names), so tests never depend on each other.
import crypto from "node:crypto";
import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, test as base, expect, type Page } from "@playwright/test";

export const DEMO = {
  orgSlug: "demo",
  managerEmail: "manager@demo.funnelmeter.test",
  repEmail: "lotte@demo.funnelmeter.test",
  password: "funnelmeter-demo",
};

export const uniqueSlug = (prefix = "org") => `${prefix}-${crypto.randomBytes(4).toString("hex")}`;

/** An e-mail address nobody has used yet, e.g. `rep-1a2b3c4d@example.test`. */
export const uniqueEmail = (prefix: string) => `${uniqueSlug(prefix)}@example.test`;

export class LoginPage {
  constructor(readonly page: Page) {}
  form = () => this.page.locator("form", { has: this.page.locator('input[name="password"]') });
  async goto(path = "/login") {
    await this.page.goto(path);
  }
  async logIn(email: string, password: string) {
    await this.page.getByLabel(/^(Email|E-mail)$/).fill(email);
    await this.page.getByLabel(/^(Password|Wachtwoord)$/).fill(password);
    await this.page.getByRole("button", { name: /^(Log in|Aanmelden)$/ }).click();
  }
  /** Opens the log-in page, logs in (as a demo member by default) and waits to be let in. */
  async logInAs(email: string, password: string = DEMO.password) {
    await this.goto();
    await this.logIn(email, password);
    await expect(this.page).not.toHaveURL(/\/login/);
  }
}

export interface NewAccount {
  name: string;
  email: string;
  password: string;
  orgName: string;
  orgSlug: string;
}

export function newAccount(): NewAccount {
  const slug = uniqueSlug();
  return {
    name: "Sam Owner",
    email: `${slug}@example.test`,
    password: "a long enough password",
    orgName: `Team ${slug}`,
    orgSlug: slug,
  };
}

export class SignupPage {
  constructor(readonly page: Page) {}
  async goto() {
    await this.page.goto("/signup");
  }
  async fill(account: Partial<NewAccount>) {
    const p = this.page;
    if (account.name !== undefined) await p.getByLabel("Your name").fill(account.name);
    if (account.email !== undefined) await p.getByLabel("Email").fill(account.email);
    if (account.password !== undefined) await p.getByLabel("Password").fill(account.password);
    if (account.orgName !== undefined) await p.getByLabel("Organization name").fill(account.orgName);
    if (account.orgSlug !== undefined) await p.getByLabel("Web address").fill(account.orgSlug);
  }
  async submit() {
    await this.page.getByRole("button", { name: "Create organization" }).click();
  }
  /** Signs up through the UI and waits for the new organization's overview. */
  async signUp(account: NewAccount = newAccount()) {
    await this.goto();
    await this.fill(account);
    await this.submit();
    await expect(this.page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
    return account;
  }
  /** Leaves the current session (drops its cookies) and signs up as someone from elsewhere. */
  async signUpAfresh(account: NewAccount = newAccount()) {
    await this.page.context().clearCookies();
    return this.signUp(account);
  }
}

/** No serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page) {
  // After a server action the page is rendered again and its metadata (the <title>) streams
  // in after the body: judge the page once it has arrived, as a reader would meet it.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/**
 * Each path answers 404 to whoever is logged in on `page`: the tenancy checks (a rep, another
 * organization, another organization's ids). A failure names the path.
 */
export async function expectNotFound(page: Page, ...paths: string[]) {
  for (const path of paths) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
}

/** A full-page screenshot kept for people to look at (test-results/screenshots). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync("test-results/screenshots", { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export const test = base.extend<{ loginPage: LoginPage; signupPage: SignupPage }>({
  // Every page a spec opens must run under the Content-Security-Policy without a violation.
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await use(page);
    expect(violations).toEqual([]);
  },
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  signupPage: async ({ page }, use) => use(new SignupPage(page)),
});
export { expect };

/** The id of a demo member, as the demo's manager sees it (the link to their rep page). */
export async function demoMemberId(browser: Browser, name: string): Promise<string> {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await new LoginPage(page).logInAs(DEMO.managerEmail);
  await page.goto(`/o/${DEMO.orgSlug}/team`);
  const href = await page.getByRole("link", { name }).getAttribute("href");
  await context.close();
  const id = href?.split("/reps/")[1]?.split("?")[0];
  if (!id) throw new Error(`no rep link for ${name}`);
  return id;
}

/**
 * The header's language buttons save the person's choice; the page is then read again in it.
 */
export async function switchLanguage(page: Page, language: "Nederlands" | "English") {
  await page.getByRole("button", { name: language }).click();
  await expect(page.getByRole("button", { name: language })).toHaveAttribute("aria-pressed", "true", {
    timeout: 20_000,
  });
  await page.reload();
}

/** The organization's navigation, in either language. */
export const orgNav = (page: Page) =>
  page.getByRole("navigation", { name: /^(Organization sections|Onderdelen van de organisatie)$/ });

/**
 * Opens a section through the grouped navigation: a link in view is clicked at once; a link
 * inside a closed group (Insights, Data, Settings) is reached by opening the group that holds
 * it. Right after a log-in the address has changed before the new page (and its navigation)
 * has rendered, and a click before hydration does nothing: so wait for the navigation, and
 * retry the open-and-click until the link takes it.
 */
export async function openSection(page: Page, name: string) {
  const nav = orgNav(page);
  await expect(nav).toBeVisible({ timeout: 30_000 });
  const link = nav.getByRole("link", { name, exact: true });
  const anyLink = nav.getByRole("link", { name, exact: true, includeHidden: true });
  const target = new URL((await anyLink.getAttribute("href")) ?? "", page.url()).pathname;
  // The group's list item: it holds the (possibly hidden) link and the button that opens it.
  const group = nav
    .locator("li")
    .filter({ has: page.getByRole("link", { name, exact: true, includeHidden: true }) })
    .filter({ has: page.getByRole("button") });
  await expect(async () => {
    if (!(await link.isVisible()) && (await group.count()) === 1) {
      const button = group.getByRole("button");
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.click({ timeout: 2_000 });
    }
    await link.click({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  // The click starts a client-side navigation: wait until it has arrived, or a reload or a
  // check that follows would still act on the page before.
  await expect(page).toHaveURL((url) => url.pathname === target, { timeout: 30_000 });
}

/** Whether the grouped navigation has a link to this section for this role (open or not). */
export const navHasSection = (page: Page, orgSlug: string, path: string) =>
  orgNav(page).locator(`a[href="/o/${orgSlug}/${path}"]`);
