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
}

/** No serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/** A full-page screenshot kept for people to look at (test-results/screenshots). */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync("test-results/screenshots", { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

export const test = base.extend<{ loginPage: LoginPage; signupPage: SignupPage }>({
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  signupPage: async ({ page }, use) => use(new SignupPage(page)),
});
export { expect };

/** The id of a demo member, as the demo's manager sees it (the link to their rep page). */
export async function demoMemberId(browser: Browser, name: string): Promise<string> {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.logIn(DEMO.managerEmail, DEMO.password);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto(`/o/${DEMO.orgSlug}/team`);
  const href = await page.getByRole("link", { name }).getAttribute("href");
  await context.close();
  const id = href?.split("/reps/")[1]?.split("?")[0];
  if (!id) throw new Error(`no rep link for ${name}`);
  return id;
}
