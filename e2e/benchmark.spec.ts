// The benchmark page: a new hire against the first rep or the team on the same weeks of
// tenure, with a verdict only when the data carries it; in English and Dutch; 404 for reps,
// other organizations and their members' ids.
import {
  DEMO,
  demoMemberId,
  expect,
  expectAccessible,
  expectNotFound,
  openSection,
  screenshot,
  test,
} from "./support/fixtures";

test.describe("benchmark", () => {
  test("a manager compares the newest hire with the first rep, then with the rest of the team", async ({
    page,
    loginPage,
  }) => {
    await loginPage.logInAs(DEMO.managerEmail);
    await openSection(page, "Benchmark");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benchmark");
    // The demo's three trainees started the same week: by name, Sander is the newest and Amira the first.
    const result = page.getByRole("region", {
      name: /^Sander Janssens against Amira El Idrissi, weeks 1 to 8/,
    });
    await expect(result).toBeVisible();
    await expect(result.locator("[data-verdict]")).toHaveText(
      /^(▲|▼|=|≈|◔)\s*(Ahead|Behind|On track|No clear difference yet|Not enough data yet): /,
    );
    // Only the tenure weeks both recorded count, and the page names them.
    await expect(result.locator("[data-matched-weeks]")).toHaveText(
      /^Compared on \d+ weeks? of tenure in which both recorded the ratio: /,
    );
    await expect(
      result.getByRole("figure", { name: "Ramp-up: Appointments per conversation per week of tenure" }),
    ).toBeVisible();
    const table = page.getByRole("table", { name: /Appointments per conversation week by week of tenure/ });
    await expect(table.getByRole("row")).toHaveCount(1 + 8);
    await expect(table.getByRole("row", { name: /^1 / })).toContainText(
      /\d+\.\d% \(\d+\.\d%–\d+\.\d%\) \(\d+ of \d+\)/,
    );
    await expectAccessible(page);
    await screenshot(page, "benchmark-en");

    const form = page.getByRole("form", { name: "The comparison" });
    await form.getByLabel("With").selectOption({ label: "the rest of the team" });
    await form.getByLabel("Up to week of tenure").fill("4");
    await form.getByRole("button", { name: "Compare" }).click();
    const team = page.getByRole("region", {
      name: /^Sander Janssens against the rest of the team, weeks 1 to 4/,
    });
    await expect(team).toBeVisible();
    await expect(team).toContainText(
      /The rest of the team: \d+ reps who sell, each on their own weeks of tenure\. The interval (counts|would count) how much the reps differ/,
    );
    await screenshot(page, "benchmark-team-en");
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(1 + 4);

    // Wrong input: the reason next to the field, and no comparison.
    await form.getByLabel("Up to week of tenure").fill("0");
    await form.getByRole("button", { name: "Compare" }).click();
    await expect(form.getByLabel("Up to week of tenure")).toHaveAccessibleDescription(
      /Enter a whole number from 1 to 104\./,
    );
    await expect(page.getByRole("table")).toHaveCount(0);
    await form.getByLabel("Up to week of tenure").fill("");
    await form.getByLabel("With").selectOption({ label: "Sander Janssens" });
    await form.getByRole("button", { name: "Compare" }).click();
    await expect(form.getByLabel("With")).toHaveAccessibleDescription("Choose someone else to compare with.");
  });

  test.describe("in Dutch", () => {
    test.use({ locale: "nl-BE" });
    test("the verdict and the ramp in Dutch", async ({ page, loginPage }) => {
      await loginPage.logInAs(DEMO.managerEmail);
      await page.goto(`/o/${DEMO.orgSlug}/benchmark`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benchmark");
      await expect(
        page.getByRole("region", {
          name: /^Sander Janssens tegenover Amira El Idrissi, week 1 tot en met 8/,
        }),
      ).toBeVisible();
      await expect(page.locator("[data-verdict]")).toHaveText(
        /(Voor|Achter|Op schema|Nog geen duidelijk verschil|Nog niet genoeg gegevens): /,
      );
      await expect(page.locator("[data-matched-weeks]")).toHaveText(
        /^Vergeleken op \d+ weken? sinds de start/,
      );
      await expect(page.getByRole("table").getByRole("row", { name: /^1 / })).toContainText(/\d+,\d% \(/);
      await expectAccessible(page);
      await screenshot(page, "benchmark-nl");
    });
  });

  test("reps, other organizations and another organization's member ids get 404; one person alone is told why", async ({
    page,
    loginPage,
    signupPage,
    browser,
  }) => {
    const lotteId = await demoMemberId(browser, "Lotte Peeters");

    await loginPage.logInAs(DEMO.repEmail);
    await expectNotFound(page, `/o/${DEMO.orgSlug}/benchmark`);

    const account = await signupPage.signUpAfresh();
    await expectNotFound(page, `/o/${DEMO.orgSlug}/benchmark`);
    const own = `/o/${account.orgSlug}/benchmark`;
    await expectNotFound(
      page,
      `${own}?candidate=${lotteId}`,
      `${own}?reference=${lotteId}`,
      `${own}?candidate=not-a-member`,
    );
    await page.goto(own);
    await expect(page.getByRole("heading", { name: "Nobody to compare yet" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "benchmark-empty-en");
  });
});
