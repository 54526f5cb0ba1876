// Operations in the browser: the reminder opt-out and the own-data download on the account
// page, the owner's organization export in Settings, erasing a former member; and that
// nobody else gets the downloads.
import { DEMO, expect, expectAccessible, SignupPage, screenshot, test } from "./support/fixtures";

test.describe("operations", () => {
  test("a person turns off the Friday reminder and downloads their own data", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    await page.goto("/account");
    const reminders = page.getByRole("form", { name: "E-mail reminders" });
    const box = reminders.getByLabel("Remind me on Friday afternoon when my week is not filled in");
    await expect(box).toBeChecked();
    await box.uncheck();
    await reminders.getByRole("button", { name: "Save" }).click();
    await expect(reminders.getByRole("status")).toHaveText("Saved.");
    await page.reload();
    await expect(
      page.getByLabel("Remind me on Friday afternoon when my week is not filled in"),
    ).not.toBeChecked();
    await expect(page.getByRole("link", { name: "Download your data (JSON)" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "account-operations-en");

    const data = await page.request.get("/account/data");
    expect(data.status()).toBe(200);
    expect(data.headers()["content-disposition"]).toContain("attachment");
    const body = await data.json();
    expect(body.format).toBe("funnelmeter.personal-data");
    expect(body.account.email).toBe(account.email);
    expect(JSON.stringify(body)).not.toMatch(/password/i);
    expect(body.organizations[0].organization.slug).toBe(account.orgSlug);
  });

  test("an owner downloads the organization export and erases a former member", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    await page.goto(`/o/${account.orgSlug}/settings`);
    await expect(page.getByRole("heading", { name: "Export the organization" })).toBeVisible();
    await screenshot(page, "settings-export-en");
    const exported = await page.request.get(`/o/${account.orgSlug}/settings/export`);
    expect(exported.status()).toBe(200);
    const doc = await exported.json();
    expect(doc).toMatchObject({ format: "funnelmeter.organization", version: 1 });
    expect(doc.accounts.map((a: { email: string }) => a.email)).toContain(account.email);
    expect(JSON.stringify(doc)).not.toMatch(/password_?hash/i);

    await page.goto(`/o/${account.orgSlug}/members`);
    const form = page.getByRole("form", { name: "Invite someone" });
    const email = `erin-${account.orgSlug}@example.test`;
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Name").fill("Erin Erase");
    await form.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("textbox", { name: "Invitation link", exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Deactivate Erin Erase" }).click();
    await expect(page.getByRole("button", { name: "Reactivate Erin Erase" })).toBeVisible();
    await page.getByText("Erase personal data").click();
    await page
      .getByRole("button", { name: "Erase the name and e-mail of Erin Erase (their weeks stay)" })
      .click();
    // The form's status (a toast repeats it).
    await expect(
      page
        .locator("#main")
        .getByRole("status")
        .filter({ hasText: "The former member's name and e-mail were erased" }),
    ).toBeVisible();
    // Gone from the tables (the notice of the invitation sent earlier still names it).
    await expect(page.locator("table").getByText(email)).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, "members-erased-en");
  });

  test("the downloads are nobody else's: a rep, another organization's owner, an anonymous visitor", async ({
    page,
    loginPage,
    browser,
  }) => {
    await loginPage.logInAs(DEMO.repEmail);
    await expect(page).toHaveURL(/\/o\/demo$/);
    expect((await page.request.get(`/o/${DEMO.orgSlug}/settings/export`)).status()).toBe(404);

    const outsider = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "en-GB" });
    const outsiderPage = await outsider.newPage();
    await new SignupPage(outsiderPage).signUp();
    expect((await outsiderPage.request.get(`/o/${DEMO.orgSlug}/settings/export`)).status()).toBe(404);
    await outsider.close();

    const anonymous = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    expect((await anonymous.request.get("/account/data")).status()).toBe(401);
    await anonymous.close();
  });
});
