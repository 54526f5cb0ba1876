// The forecast page: a manager reads the team's next weeks and a rep's (with the expected
// long-run ratio), types a plan, and gets bad input back next to its field; a rep sees only
// their own forecast; other organizations get 404; an empty organization is told why.
import { addIsoWeeks, isoWeekOfDate, parseIsoWeek } from "../lib/weeks/iso-week";
import { api, createApiKey } from "./support/api";
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

test.describe("forecast", () => {
  test("a manager reads the team's next four weeks, then plans Lotte's calls", async ({
    page,
    loginPage,
  }) => {
    await loginPage.logInAs(DEMO.managerEmail);
    await openSection(page, "Forecast");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forecast");
    await expect(page.getByRole("region", { name: "The next 4 weeks" })).toContainText(
      /About [\d.]+ appointments in all; 8 times in 10 between \d+ and \d+\./,
    );
    await expect(
      page.getByRole("figure", { name: "Appointments per week: expected and the 80% band" }),
    ).toBeVisible();
    await expect(page.locator('[data-chart="forecast"] canvas')).toBeVisible();
    const basis = page.getByRole("region", { name: "What the forecast rests on" });
    await expect(basis).toContainText("The team booked 55 appointments from 996 calls (5.5%) in the 8 weeks");
    await expect(basis).toContainText("Planned: 105 calls a week, the average of the last 4 weeks");
    await expectAccessible(page);
    await screenshot(page, "forecast-en");

    const form = page.getByRole("form", { name: "Your plan" });
    await form.getByLabel("Whose forecast").selectOption({ label: "Lotte Peeters" });
    await form.getByLabel("Planned calls per week").fill("40");
    await form.getByRole("button", { name: "Show forecast" }).click();
    await expect(page).toHaveURL(/[?&]calls=40(&|$)/);
    await expect(basis).toContainText("Lotte Peeters booked");
    await expect(basis).toContainText("Planned: 40 calls a week, as you entered it.");
    await expect(basis.getByRole("heading", { name: "Expected long-run ratio" })).toBeVisible();
    await expect(basis).toContainText(
      /Lotte Peeters: \d+\.\d% appointments per call in the long run, against \d+\.\d% so far\./,
    );
    await expect(basis).toContainText(/Here the team's weighs \d+%\./);
    await expectAccessible(page);
    await screenshot(page, "forecast-rep-plan-en");

    // A bad plan stays in its field with the reason, and no forecast is made from a guess.
    await form.getByLabel("Planned calls per week").fill("veel");
    await form.getByRole("button", { name: "Show forecast" }).click();
    await expect(form.getByLabel("Planned calls per week")).toHaveValue("veel");
    await expect(form.getByLabel("Planned calls per week")).toHaveAccessibleDescription(
      /Enter a number, for example 7,5 or 7\.5\./,
    );
    await form.getByLabel("Planned calls per week").fill("2,5");
    await form.getByRole("button", { name: "Show forecast" }).click();
    await expect(form.getByLabel("Planned calls per week")).toHaveAccessibleDescription(
      /Enter a whole number from 1 to 100,000\./,
    );
  });

  test.describe("in Dutch", () => {
    test.use({ locale: "nl-BE" });
    test("the team's forecast in Flemish Dutch", async ({ page, loginPage }) => {
      await loginPage.logInAs(DEMO.managerEmail);
      await page.goto(`/o/${DEMO.orgSlug}/forecast`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prognose");
      await expect(page.getByRole("region", { name: "De komende 4 weken" })).toContainText(
        /Ongeveer [\d,]+ afspraken in totaal; 8 keer op 10 tussen \d+ en \d+\./,
      );
      await expect(page.getByRole("region", { name: "Waarop de prognose steunt" })).toContainText(
        "Het team haalde 55 afspraken uit 996 telefoons (5,5%)",
      );
      await expectAccessible(page);
      await screenshot(page, "forecast-nl");
    });
  });

  test("a rep sees only their own forecast; other organizations and members get 404; empty is explained", async ({
    page,
    loginPage,
    signupPage,
    browser,
  }) => {
    // Two demo look-ups, two log-ins and a sign-up: more than the default budget on a busy machine.
    test.slow();
    const lotteId = await demoMemberId(browser, "Lotte Peeters");
    const sanderId = await demoMemberId(browser, "Sander Janssens");

    await loginPage.logInAs(DEMO.repEmail);
    await openSection(page, "Forecast");
    await expect(page.getByRole("region", { name: "What the forecast rests on" })).toContainText(
      "You booked",
    );
    await expect(page.getByLabel("Whose forecast")).toHaveCount(0);
    expect((await page.goto(`/o/${DEMO.orgSlug}/forecast?member=${lotteId}`))?.status()).toBe(200);
    await expectNotFound(page, `/o/${DEMO.orgSlug}/forecast?member=${sanderId}`);

    const account = await signupPage.signUpAfresh();
    // The new organization's overview finishes loading before we navigate away.
    await page.waitForLoadState("networkidle");
    await expectNotFound(page, `/o/${DEMO.orgSlug}/forecast`);
    const own = `/o/${account.orgSlug}/forecast`;
    await expectNotFound(page, `${own}?member=${lotteId}`, `${own}?member=not-a-member`);
    await page.goto(own);
    await expect(page.getByRole("heading", { name: "Nothing to forecast from yet" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "forecast-empty-en");
  });
});

test.describe("early warnings", () => {
  test("the overview names a rep whose ratio fell outside the usual range, linking to the rep's chart", async ({
    page,
    signupPage,
    request,
  }) => {
    const account = await signupPage.signUp();
    await page.goto(`/o/${account.orgSlug}/settings`);
    const key = await createApiKey(page, "e2e");
    const client = api(request, key);
    const created = await client.post("/members", {
      email: `lotte-${account.orgSlug}@example.test`,
      name: "Lotte Test",
      role: "rep",
      startedOn: "2025-06-02",
    });
    const rep = await created.json();
    // Twenty steady weeks (about 10 appointments of 40 conversations), then none last week.
    const lastWeek = addIsoWeeks(isoWeekOfDate(new Date().toISOString().slice(0, 10)), -1);
    for (let i = 0; i < 20; i++) {
      const appointments = i === 19 ? 0 : 10 + ((i * 7) % 5) - 2;
      const week = addIsoWeeks(lastWeek, i - 19);
      const saved = await client.put(`/members/${rep.id}/weeks/${week}`, {
        metrics: { calls: 100, conversations: 40, appointments },
      });
      expect(saved.status()).toBe(200);
    }

    await page.goto(`/o/${account.orgSlug}`);
    const warnings = page.getByRole("region", { name: "Early warnings" });
    const warning = warnings.getByRole("link", {
      name: `Lotte Test's appointments per conversation has been below the usual range for a week (up to week ${parseIsoWeek(lastWeek).week}).`,
    });
    await expect(warning).toBeVisible();
    // The rep's row in the list says so too, rather than "None".
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "Lotte Test", exact: true }) });
    await expect(row.getByRole("link", { name: "Early warning on 2 ratios" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "overview-early-warnings-en");
    await warning.click();
    await expect(page).toHaveURL(new RegExp(`/reps/${rep.id}#ratio-appointmentsPerConversation-title$`));
  });

  test("a rep's overview shows no early warnings about colleagues", async ({ page, loginPage }) => {
    await loginPage.logInAs(DEMO.repEmail);
    await page.goto(`/o/${DEMO.orgSlug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Early warnings" })).toHaveCount(0);
  });
});
