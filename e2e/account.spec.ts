import {
  expect,
  expectAccessible,
  LoginPage,
  SignupPage,
  screenshot,
  test,
  uniqueSlug,
} from "./support/fixtures";
import { startPrivateServer } from "./support/private-server";

test.describe("the account page", () => {
  test.describe.configure({ timeout: 180_000 });
  test("changes name and language", async ({ page, signupPage }) => {
    await signupPage.signUp();
    await page.getByRole("link", { name: "Account" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
    await expectAccessible(page);
    await screenshot(page, "account-en");
    const profile = page.getByRole("form", { name: "Name and language" });
    await profile.getByLabel("Your name").fill("");
    await profile.getByRole("button", { name: "Save" }).click();
    await expect(profile.getByLabel("Your name")).toHaveAccessibleDescription("This field is required.");
    await profile.getByLabel("Your name").fill("Samantha Owner");
    await profile.getByLabel("Language").selectOption({ label: "Nederlands" });
    await profile.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Je account");
    await expect(page.locator("header")).toContainText("Samantha Owner");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expectAccessible(page);
    await screenshot(page, "account-nl");
  });

  test("changing the password keeps this session and ends the others", async ({
    page,
    signupPage,
    browser,
    baseURL,
  }) => {
    const account = await signupPage.signUp();
    // The same person, signed in on a second device.
    const otherDevice = await browser.newContext({ baseURL, locale: "en-GB" });
    const other = await otherDevice.newPage();
    await other.goto(`/o/${account.orgSlug}`);
    await new LoginPage(other).logIn(account.email, account.password);
    await expect(other).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));

    await page.goto("/account");
    const form = page.getByRole("form", { name: "Password" });
    await form.getByLabel("Current password").fill("not my password");
    await form.getByLabel("New password").fill("an even longer new password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByLabel("Current password")).toHaveAccessibleDescription(
      "This is not your current password.",
    );
    await form.getByLabel("Current password").fill(account.password);
    await form.getByLabel("New password").fill("an even longer new password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(
      page.getByText("Your password was changed. Your other sessions have been logged out.").first(),
    ).toBeVisible();
    // This browser stays in.
    await page.goto(`/o/${account.orgSlug}`);
    await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
    // The other device is out on its next request.
    await other.goto(`/o/${account.orgSlug}`);
    await expect(other).toHaveURL(/\/login\?next=/);
    await new LoginPage(other).logIn(account.email, account.password);
    await expect(new LoginPage(other).form().getByRole("alert")).toHaveText(
      "The email or password is not correct.",
    );
    await new LoginPage(other).logIn(account.email, "an even longer new password");
    await expect(other).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
    await otherDevice.close();
  });

  test("the account page needs a login", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
  });
});

test.describe("password reset", () => {
  test("the request answers the same for any email and never shows a link", async ({ page, loginPage }) => {
    await loginPage.goto();
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
    await expectAccessible(page);
    const unknown = `${uniqueSlug("nobody")}@example.test`;
    await page.getByLabel("Email").fill(unknown);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const answer = page.getByRole("status");
    await expect(answer).toContainText(`If an account exists for ${unknown}`);
    await expect(answer).toContainText("ask your administrator");
    await expect(page.locator('a[href*="/reset-password/"]')).toHaveCount(0);
    await screenshot(page, "reset-request-en");

    await page.goto("/reset-password/not-a-valid-reset-token-at-all-xx");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This reset link is no longer valid");
  });
});

test.describe("password reset with the link from the server log", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  // Its own server, so the test can read the log line the operator would read.
  let server: Awaited<ReturnType<typeof startPrivateServer>>;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startPrivateServer(3193);
  });
  test.afterAll(async () => server?.stop());

  test("the logged link sets a new password once and ends every session", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: "en-GB" });
    const page = await context.newPage();
    const account = await new SignupPage(page).signUp();
    const reset = await browser.newContext({ baseURL: server.baseURL, locale: "en-GB" });
    const forgot = await reset.newPage();
    await forgot.goto("/reset-password");
    await forgot.getByLabel("Email").fill(account.email);
    await forgot.getByRole("button", { name: "Send reset link" }).click();
    await expect(forgot.getByRole("status")).toContainText(`If an account exists for ${account.email}`);
    await expect(forgot.locator('a[href*="/reset-password/"]')).toHaveCount(0);

    let path = "";
    await expect
      .poll(() => {
        const lines = server.output().split("\n");
        const start = lines.findIndex((l) => l.includes(`not sent to ${account.email}`));
        const match = lines
          .slice(start)
          .join("\n")
          .match(/\/reset-password\/[A-Za-z0-9_-]{43}/);
        path = match ? match[0] : "";
        return start >= 0 && path !== "";
      })
      .toBe(true);

    await forgot.goto(path);
    await expect(forgot.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
    await expectAccessible(forgot);
    await screenshot(forgot, "reset-new-password-en");
    await forgot.getByLabel("New password", { exact: true }).fill("a completely new password");
    await forgot.getByRole("button", { name: "Set new password" }).click();
    await expect(forgot.getByRole("status")).toContainText("Your password was changed");

    // The session that was open before the reset is over.
    await page.goto(`/o/${account.orgSlug}`);
    await expect(page).toHaveURL(/\/login\?next=/);
    await new LoginPage(page).logIn(account.email, "a completely new password");
    await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
    // The link works once.
    await forgot.goto(path);
    await expect(forgot.getByRole("heading", { level: 1 })).toHaveText("This reset link is no longer valid");
    await reset.close();
    await context.close();
  });
});
