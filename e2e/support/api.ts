// Helpers for the API suite: an organization of our own with an API key, made through the
// real UI (sign up, then Settings → API keys), as an integrator would.
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { expect, newAccount, SignupPage } from "./fixtures";

export interface KeyedOrg {
  slug: string;
  /** A key acting as a manager (the default role). */
  key: string;
  /** A key acting as an owner: it may also change pay. */
  ownerKey: string;
  ownerEmail: string;
}

/**
 * Creates a key in Settings → API keys (the settings page is open) and returns it as the page
 * shows it, this once. `replacing`: the key shown before, which stays until the new one is shown.
 */
export async function createApiKey(
  page: Page,
  name: string,
  { actsAs, replacing }: { actsAs?: "Owner" | "Manager"; replacing?: string } = {},
) {
  await page.getByLabel("Name", { exact: true }).fill(name);
  if (actsAs) await page.getByLabel("Acts as").selectOption({ label: actsAs });
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByLabel("API key", { exact: true });
  if (replacing) await expect(shown).not.toHaveValue(replacing);
  return shown.inputValue();
}

export async function orgWithApiKey(browser: Browser, baseURL: string): Promise<KeyedOrg> {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  const account = await new SignupPage(page).signUp(newAccount());
  await page.goto(`/o/${account.orgSlug}/settings`);
  const key = await createApiKey(page, "e2e");
  expect(key).toMatch(/^fm_/);
  const ownerKey = await createApiKey(page, "e2e payroll", { actsAs: "Owner", replacing: key });
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
