// Correcting a member's name and start date (the tenure depends on it): from the members page,
// refused input next to the field, saved and audited; reps, other organizations and another
// organization's member ids get 404.
import {
  DEMO,
  demoMemberId,
  expect,
  expectAccessible,
  expectNotFound,
  screenshot,
  test,
  uniqueEmail,
} from "./support/fixtures";
import { importSpreadsheet } from "./support/imports";

test.describe("member details", () => {
  test("an owner corrects a rep's name and start date from the members page", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    const base = `/o/${account.orgSlug}`;
    const rep = uniqueEmail("rep");
    const name = rep.split("@")[0] as string;
    await importSpreadsheet(page, account.orgSlug, `email,week,calls\n${rep},2026-W40,50\n`, {
      rows: 1,
      createReps: true,
    });
    await expect(page.getByRole("status").first()).toHaveText(/^Imported: 1 week created/);

    await page.goto(`${base}/members`);
    await page.getByRole("link", { name: `Correct the name or start date of ${name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Correct ${name}`);
    // The form is named after the member, so its name changes with a saved correction.
    const form = page.getByRole("form", { name: /^Name and start date of / });
    await expect(form).toHaveAccessibleName(`Name and start date of ${name}`);
    await expect(form.getByLabel("Start date")).toHaveValue("2026-09-28");
    await form.getByLabel("Name").fill("");
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect(form.getByLabel("Name")).toHaveAccessibleDescription("This field is required.");
    await form.getByLabel("Name").fill("Jana Peeters");
    await form.getByLabel("Start date").fill("2026-09-14");
    await form.getByRole("button", { name: "Save correction" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    await expectAccessible(page);
    await screenshot(page, "member-details-en");

    await page.goto(`${base}/members`);
    await expect(page.getByRole("row", { name: /^Jana Peeters/ })).toContainText(
      /14 Sept? 2026|Sep 14, 2026/,
    );
    await page.goto(`${base}/audit`);
    await expect(page.getByRole("main")).toContainText("Name or start date corrected");
  });

  test.describe("in Dutch", () => {
    test.use({ locale: "nl-BE" });
    test("the form in Dutch", async ({ page, loginPage, browser }) => {
      const lotteId = await demoMemberId(browser, "Lotte Peeters");
      await loginPage.logInAs(DEMO.managerEmail);
      await page.goto(`/o/${DEMO.orgSlug}/members/${lotteId}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lotte Peeters corrigeren");
      await expect(page.getByRole("form", { name: "Naam en startdatum van Lotte Peeters" })).toBeVisible();
      await expectAccessible(page);
      await screenshot(page, "member-details-nl");
    });
  });

  test("reps, other organizations and another organization's member ids get 404", async ({
    page,
    loginPage,
    signupPage,
    browser,
  }) => {
    const lotteId = await demoMemberId(browser, "Lotte Peeters");
    await loginPage.logInAs(DEMO.repEmail);
    await expectNotFound(page, `/o/${DEMO.orgSlug}/members/${lotteId}`);
    const account = await signupPage.signUpAfresh();
    await expectNotFound(
      page,
      `/o/${DEMO.orgSlug}/members/${lotteId}`,
      `/o/${account.orgSlug}/members/${lotteId}`,
      `/o/${account.orgSlug}/members/not-a-member`,
    );
  });
});
