import {
  DEMO,
  expect,
  expectAccessible,
  expectNotFound,
  navHasSection,
  openSection,
  screenshot,
  test,
} from "./support/fixtures";

test.describe("settings and API keys", () => {
  test("an owner saves settings, creates an API key that works once shown, and revokes it", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    await openSection(page, "Organization");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await expectAccessible(page);

    // A wrong value is explained next to its field and nothing is saved.
    await page.getByLabel(/Show rate/).fill("120");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByLabel(/Show rate/)).toHaveAccessibleDescription(
      "Enter a percentage between 0 and 100.",
    );
    await page.getByLabel(/Show rate/).fill("80");
    await page.getByLabel(/Close rate/).fill("25,5");
    await page.getByLabel(/Precision needed/).fill("10");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("form", { name: "Organization" }).getByRole("status")).toHaveText("Saved.");
    await page.reload();
    await expect(page.getByLabel(/Close rate/)).toHaveValue("25.5");
    await expect(page.getByLabel(/Precision needed/)).toHaveValue("10");

    await page.getByLabel("Name", { exact: true }).fill("Dialer");
    await page.getByRole("button", { name: "Create key" }).click();
    const keyField = page.getByLabel("API key", { exact: true });
    await expect(keyField).toHaveValue(/^fm_/);
    const key = await keyField.inputValue();
    await screenshot(page, "settings-en");

    const response = await page.request.get("/api/v1/metrics", {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(response.status()).toBe(200);
    expect((await response.json()).metrics.map((m: { key: string }) => m.key)).toContain("conversations");

    await page.reload();
    await expect(page.getByLabel("API key", { exact: true })).toHaveCount(0); // shown once only
    const row = page.getByRole("row", { name: /Dialer/ });
    await expect(row).toContainText("Active");
    await row.getByRole("button", { name: "Revoke the key Dialer" }).click();
    await expect(page.getByRole("row", { name: /Dialer/ })).toContainText("Revoked");
    const after = await page.request.get("/api/v1/metrics", { headers: { Authorization: `Bearer ${key}` } });
    expect(after.status()).toBe(401);
    expect((await after.json()).error.code).toBe("unauthorized");
    expect(account.orgSlug).toBeTruthy();
  });

  test("a rep does not get the settings page; nor does a member of another organization", async ({
    page,
    loginPage,
    signupPage,
  }) => {
    await loginPage.logInAs(DEMO.repEmail);
    await expect(page).toHaveURL(/\/o\/demo$/);
    await expect(navHasSection(page, "demo", "settings")).toHaveCount(0);
    await expectNotFound(page, "/o/demo/settings");

    await signupPage.signUpAfresh();
    await expectNotFound(page, "/o/demo/settings");
  });
});
