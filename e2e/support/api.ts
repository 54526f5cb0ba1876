// Helpers for the API suite: an organization of our own with an API key, made through the
// real UI (sign up, then Settings → API keys), as an integrator would.
import type { APIRequestContext, Browser } from "@playwright/test";
import { expect, newAccount, SignupPage } from "./fixtures";

export interface KeyedOrg {
  slug: string;
  /** A key acting as a manager (the default role). */
  key: string;
  /** A key acting as an owner: it may also change pay. */
  ownerKey: string;
  ownerEmail: string;
}

export async function orgWithApiKey(browser: Browser, baseURL: string): Promise<KeyedOrg> {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  const account = await new SignupPage(page).signUp(newAccount());
  await page.goto(`/o/${account.orgSlug}/settings`);
  await page.getByLabel("Name", { exact: true }).fill("e2e");
  await page.getByRole("button", { name: "Create key" }).click();
  const key = await page.getByLabel("API key", { exact: true }).inputValue();
  expect(key).toMatch(/^fm_/);
  await page.getByLabel("Name", { exact: true }).fill("e2e payroll");
  await page.getByLabel("Acts as").selectOption({ label: "Owner" });
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByLabel("API key", { exact: true })).not.toHaveValue(key);
  const ownerKey = await page.getByLabel("API key", { exact: true }).inputValue();
  await context.close();
  return { slug: account.orgSlug, key, ownerKey, ownerEmail: account.email };
}

export function api(request: APIRequestContext, key: string) {
  const headers = { Authorization: `Bearer ${key}` };
  return {
    get: (path: string) => request.get(`/api/v1${path}`, { headers }),
    post: (path: string, data: unknown) => request.post(`/api/v1${path}`, { headers, data }),
    put: (path: string, data: unknown) => request.put(`/api/v1${path}`, { headers, data }),
  };
}
