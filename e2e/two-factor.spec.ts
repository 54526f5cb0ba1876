// Two-factor sign-in end to end: a person enrols (the test computes codes from the key shown
// on the page, as an authenticator app would), logs in with password + code, a wrong code is
// an error on the code field, a recovery code works once; the owner's requirement sends an
// owner without two-factor to enrol first. Screenshots of the enrol page and the code step in
// English and Dutch.
import type { Page } from "@playwright/test";
import { totpCode } from "../lib/auth/two-factor/totp";
import { expect, expectAccessible, LoginPage, screenshot, test } from "./support/fixtures";

/**
 * The code of the step after this one: the enrolment (or the last log-in) may have used the
 * current step, which is never accepted twice; the next step is within the accepted drift.
 */
const nextCode = (secret: string) => totpCode(secret, new Date(Date.now() + 30_000));

async function readSecret(page: Page) {
  const key = page.getByTestId("secret-key");
  await expect(key).toBeVisible();
  return ((await key.textContent()) ?? "").replace(/\s+/g, "");
}

async function readRecoveryCodes(page: Page) {
  const list = page.getByTestId("recovery-codes");
  await expect(list.getByRole("listitem")).toHaveCount(10);
  return list.getByRole("listitem").allTextContents();
}

test.describe("two-factor sign-in", () => {
  test.describe.configure({ timeout: 180_000 });

  test("enrol, log in with a code, a wrong code, a recovery code once", async ({ page, signupPage }) => {
    const account = await signupPage.signUp();
    await page.goto("/account");
    await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
    await expect(page).toHaveURL(/\/account\/two-factor$/);
    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = await readSecret(page);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
    const codeField = page.getByLabel("Code from your authenticator app");
    await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
    await expect(codeField).toHaveAttribute("inputmode", "numeric");
    await expectAccessible(page);
    await screenshot(page, "two-factor-enrol-en");

    await codeField.fill("000000");
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByLabel("Code from your authenticator app")).toHaveAccessibleDescription(
      /This code is not right/,
    );
    await page.getByLabel("Code from your authenticator app").fill(totpCode(secret, new Date()));
    await page.getByRole("button", { name: "Turn on" }).click();
    const recoveryCodes = await readRecoveryCodes(page);
    await expect(page.getByText("Two-factor sign-in is on.")).toBeVisible();

    // Log out; the password alone now leads to the code step, not into the organization.
    await page.goto(`/o/${account.orgSlug}`);
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    const login = new LoginPage(page);
    await login.logIn(account.email, account.password);
    const code = page.getByLabel("Code from your authenticator app");
    await expect(code).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await expectAccessible(page);
    await screenshot(page, "two-factor-code-step-en");

    await code.fill("123456");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByLabel("Code from your authenticator app")).toHaveAccessibleDescription(
      /This code is not right/,
    );
    await page.getByLabel("Code from your authenticator app").fill(nextCode(secret));
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/o/${account.orgSlug}`);
    await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));

    // A recovery code signs in once.
    const recovery = recoveryCodes[0] as string;
    for (const attempt of ["first", "second"] as const) {
      await page.getByRole("button", { name: "Log out" }).click();
      await expect(page).toHaveURL(/\/login$/);
      await login.logIn(account.email, account.password);
      await page.getByRole("button", { name: "Use a recovery code instead" }).click();
      await page.getByLabel("Recovery code").fill(recovery);
      await page.getByRole("button", { name: "Log in" }).click();
      if (attempt === "first") {
        await expect(page).not.toHaveURL(/\/login/);
        await page.goto(`/o/${account.orgSlug}`);
      } else {
        await expect(page.getByLabel("Recovery code")).toHaveAccessibleDescription(/already used/);
        await expect(page).toHaveURL(/\/login$/);
      }
    }
  });

  test("the owner's requirement sends an owner without it to enrol first (Dutch)", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    await page.goto(`/o/${account.orgSlug}/settings`);
    const requirement = page.getByRole("form", { name: "Two-factor sign-in" });
    await requirement.getByLabel("Require two-factor sign-in for owners and managers").check();
    // Saved once the action has answered (the page may already send the owner on from there).
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/settings")),
      requirement.getByRole("button", { name: "Save" }).click(),
    ]);
    await page.goto(`/o/${account.orgSlug}`);
    await expect(page).toHaveURL(new RegExp(`/account/two-factor\\?required=${account.orgSlug}$`));

    // In Dutch from here on: the person's own language setting.
    await page.goto("/account");
    const profile = page.getByRole("form", { name: "Name and language" });
    await profile.getByLabel("Language").selectOption({ label: "Nederlands" });
    await profile.getByRole("button", { name: "Save" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");

    await page.goto(`/account/two-factor?required=${account.orgSlug}`);
    await expect(page.getByText(/Deze organisatie vereist aanmelden in twee stappen/)).toBeVisible();
    await page.getByRole("button", { name: "Aanmelden in twee stappen instellen" }).click();
    const secret = await readSecret(page);
    await expectAccessible(page);
    await screenshot(page, "two-factor-enrol-nl");
    await page.getByLabel("Code uit je authenticator-app").fill(totpCode(secret, new Date()));
    await page.getByRole("button", { name: "Aanzetten" }).click();
    await readRecoveryCodes(page);
    await page.getByRole("link", { name: "Ik heb mijn herstelcodes bewaard" }).click();
    await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));

    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await new LoginPage(page).logIn(account.email, account.password);
    const code = page.getByLabel("Code uit je authenticator-app");
    await expect(code).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "two-factor-code-step-nl");
    await code.fill("000000");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByLabel("Code uit je authenticator-app")).toHaveAccessibleDescription(
      /Deze code klopt niet/,
    );
    await page.getByLabel("Code uit je authenticator-app").fill(nextCode(secret));
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/o/${account.orgSlug}`);
    await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
  });
});
