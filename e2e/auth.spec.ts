import { DEMO, expect, expectAccessible, newAccount, screenshot, test } from "./support/fixtures";

test.describe("sign-up, log-in, log-out", () => {
  test("a new owner signs up, lands in the new organization, logs out and back in", async ({
    page,
    signupPage,
    loginPage,
  }) => {
    await signupPage.goto();
    await expectAccessible(page);
    await screenshot(page, "signup-en");
    const account = await signupPage.signUp();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${account.orgName}: overview`);
    // The manager's home of a new organization: its first steps, and no reps yet.
    await expect(page.getByRole("region", { name: "Getting started" })).toBeVisible();
    await expect(page.getByText("No rep has logged a week yet.")).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/login$/);
    // The organization is no longer reachable without a session.
    await page.goto(`/o/${account.orgSlug}`);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=%2Fo%2F${account.orgSlug}$`));

    await loginPage.logIn(account.email, account.password);
    await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
  });

  test("bad sign-up input is explained next to each field, and the form keeps what was typed", async ({
    page,
    signupPage,
  }) => {
    await signupPage.goto();
    await signupPage.fill({
      name: "Ann",
      email: "not-an-email",
      password: "short",
      orgName: "Acme",
      orgSlug: "A",
    });
    await signupPage.submit();
    const form = page.getByRole("form", { name: "Create your organization" });
    await expect(form.getByRole("alert")).toHaveText("Some fields need your attention.");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address.");
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 10 characters\./);
    await expect(page.getByLabel("Web address")).toHaveAccessibleDescription(
      /Use 3 to 40 lower-case letters/,
    );
    await expect(page.getByLabel("Organization name")).toHaveValue("Acme");
    await expect(page.getByLabel("Password")).toHaveValue("");
    await screenshot(page, "signup-errors-en");

    // A taken address is refused too, and nothing is created.
    await signupPage.fill({ ...newAccount(), orgSlug: DEMO.orgSlug });
    await signupPage.submit();
    await expect(page.getByLabel("Web address")).toHaveAccessibleDescription(/already taken/);
  });

  test("a wrong password is refused without saying which part was wrong; the email stays", async ({
    page,
    loginPage,
  }) => {
    await loginPage.goto();
    await loginPage.logIn(DEMO.managerEmail, "wrong password");
    await expect(loginPage.form().getByRole("alert")).toHaveText("The email or password is not correct.");
    await expect(page.getByLabel("Email")).toHaveValue(DEMO.managerEmail);
    await expectAccessible(page);
    await screenshot(page, "login-error-en");
  });

  test("the demo manager sees the demo team of three trainees", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.logIn(DEMO.managerEmail, DEMO.password);
    await expect(page).toHaveURL(/\/o\/demo$/);
    const team = page.getByRole("table", { name: /Each rep: this week's form/ });
    for (const name of ["Lotte Peeters", "Sander Janssens", "Amira El Idrissi"]) {
      await expect(team.getByRole("row", { name: new RegExp(name) })).toBeVisible();
    }
    await screenshot(page, "overview-demo-en");
  });
});

test.describe("tenancy", () => {
  test("a member of one organization gets 404 on another organization's pages", async ({
    page,
    signupPage,
  }) => {
    await signupPage.signUp();
    for (const path of [`/o/${DEMO.orgSlug}`, "/o/no-such-organization"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText("Lotte Peeters")).toHaveCount(0);
    }
    await screenshot(page, "not-found-en");
  });
});

test.describe("Dutch", () => {
  test.use({ locale: "nl-BE" });

  test("the browser's language picks Dutch; the switcher changes it", async ({ page, loginPage }) => {
    await loginPage.goto();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Aanmelden bij Funnelmeter");
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await screenshot(page, "login-nl");
    await loginPage.logIn(DEMO.repEmail, DEMO.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inventi Demo: overzicht");
    await expect(page.getByRole("heading", { name: "Mijn week" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "overview-demo-nl");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inventi Demo: overview");
  });
});
