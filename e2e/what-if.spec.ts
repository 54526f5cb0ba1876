// The what-if page: a manager asks what a target takes and how likely it is, in English and
// Dutch; bad input is refused next to its field; reps and other organizations get 404.
import {
  DEMO,
  demoMemberId,
  expect,
  expectAccessible,
  expectNotFound,
  navHasSection,
  openSection,
  screenshot,
  test,
} from "./support/fixtures";

test.describe("what if", () => {
  test("a manager asks what 3 appointments a day take, and reads the chance beside the ratios", async ({
    page,
    loginPage,
  }) => {
    await loginPage.logInAs(DEMO.managerEmail);
    await openSection(page, "What if");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What if");
    await expect(page.getByText("Enter a target above to see what it takes.")).toBeVisible();

    const form = page.getByRole("form", { name: "Your target" });
    await form.getByLabel("Appointments to book").fill("3");
    await form.getByLabel("Appointments to book").press("Enter");
    await expect(page).toHaveURL(/[?&]target=3(&|$)/);
    const answer = page.getByRole("region", { name: "What 3 appointments a day take" });
    await expect(answer.getByRole("definition").first()).toHaveText(/^\d+(\.\d)? a day$/);
    await expect(answer).toContainText(/Reps \(full-time equivalents\)\s*[\d.]+ at 8 hours a day each/);
    await expect(page.getByRole("region", { name: "How likely it is" })).toContainText(
      /the chance to book at least 3 appointments in a day is \d+%\./,
    );
    await expect(page.getByRole("region", { name: "How likely it is" })).toContainText(
      "What this chance counts: the uncertainty of the appointment rate",
    );
    await expect(page.getByRole("region", { name: "How likely it is" })).toContainText(
      /For an 80% chance: \d+ calls a day\./,
    );
    // The ratios it rests on, each with its interval.
    const ratios = page.getByRole("region", { name: "The ratios it runs on" });
    await expect(ratios).toContainText(/Appointments per call\s*\d+\.\d% \(\d+\.\d%–\d+\.\d%\)/);
    await expectAccessible(page);
    await screenshot(page, "what-if-en");

    // More calls than the average needs: a better chance, in the same words.
    const chance = async () => Number(await page.locator("[data-chance]").getAttribute("data-chance"));
    const atAverage = await chance();
    await form.getByLabel("Calls you plan (optional)").fill("60");
    await form.getByRole("button", { name: "Work it out" }).click();
    await expect(page.getByRole("region", { name: "How likely it is" })).toContainText("At 60 calls a day");
    expect(await chance()).toBeGreaterThan(atAverage);

    // Bad input stays in the field, with the reason next to it, and nothing is worked out.
    await form.getByLabel("Appointments to book").fill("drie");
    await form.getByRole("button", { name: "Work it out" }).click();
    await expect(form.getByLabel("Appointments to book")).toHaveValue("drie");
    await expect(form.getByLabel("Appointments to book")).toHaveAccessibleDescription(
      /Enter a number, for example 7,5 or 7\.5\./,
    );
    await expect(page.getByRole("region", { name: "How likely it is" })).toHaveCount(0);
  });

  test.describe("in Dutch", () => {
    test.use({ locale: "nl-BE" });
    test("a weekly target with a decimal comma, per rep", async ({ page, loginPage }) => {
      await loginPage.logInAs(DEMO.managerEmail);
      await page.goto(`/o/${DEMO.orgSlug}/what-if`);
      const form = page.getByRole("form", { name: "Je doel" });
      await form.getByLabel("Vast te leggen afspraken").fill("7,5");
      await form.getByLabel("Per", { exact: true }).selectOption({ label: "week (5 werkdagen)" });
      await form.getByLabel("Wiens ratio's").selectOption({ label: "Lotte Peeters" });
      await form.getByRole("button", { name: "Bereken" }).click();
      const answer = page.getByRole("region", { name: "Wat 7,5 afspraken per week vragen" });
      await expect(answer.getByRole("definition").first()).toHaveText(/^\d+(,\d)? per week$/);
      await expect(page.getByRole("region", { name: "Hoe waarschijnlijk het is" })).toContainText(
        /minstens 15 afspraken in 2 weken vast te leggen \d+%\./,
      );
      await expect(page.getByRole("region", { name: "De ratio's waarop dit steunt" })).toContainText(
        "Lotte Peeters",
      );
      await expectAccessible(page);
      await screenshot(page, "what-if-nl");
    });
  });

  test("reps, other organizations and another organization's member ids get 404; an empty organization is told why", async ({
    page,
    loginPage,
    signupPage,
    browser,
  }) => {
    const lotteId = await demoMemberId(browser, "Lotte Peeters");

    await loginPage.logInAs(DEMO.repEmail);
    await expectNotFound(page, `/o/${DEMO.orgSlug}/what-if?target=3`);
    await page.goto(`/o/${DEMO.orgSlug}`);
    await expect(navHasSection(page, DEMO.orgSlug, "what-if")).toHaveCount(0);

    const account = await signupPage.signUpAfresh();
    await expectNotFound(page, `/o/${DEMO.orgSlug}/what-if?target=3`);
    const own = `/o/${account.orgSlug}/what-if`;
    await expectNotFound(page, `${own}?target=3&member=${lotteId}`, `${own}?target=3&member=not-a-member`);

    await page.goto(`${own}?target=3`);
    await expect(page.getByRole("heading", { name: "Nothing to plan from yet" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Use the last 52 weeks" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "what-if-empty-en");
  });
});
