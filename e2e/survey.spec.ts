// The pipeline-health survey: a manager opens a round, answers it like every member, reads
// the results beside Sandler's and the coverage on the team page, and closes it; bad answers
// are refused next to their field; a rep sees no results; other organizations get 404.
import {
  DEMO,
  expect,
  expectAccessible,
  expectNotFound,
  openSection,
  SignupPage,
  screenshot,
  test,
} from "./support/fixtures";

test.describe("pipeline survey", () => {
  test("a round is opened, answered, read beside Sandler and on the team page, then closed", async ({
    page,
    signupPage,
    browser,
  }) => {
    // Several people answer in their own browsers, then the results are read and the round
    // closed: a long journey, more than one flow's time.
    test.slow();
    const account = await signupPage.signUp();
    await openSection(page, "Pipeline survey");
    await expect(page.getByRole("heading", { name: "No survey rounds yet" })).toBeVisible();
    const open = page.getByRole("form", { name: "Open a round" });
    await open.getByLabel("Title").fill("Q4 pipeline");
    await open.getByLabel("Answers").selectOption({ label: "named" });
    await open.getByRole("button", { name: "Open the round" }).click();
    await expect(open.getByRole("status")).toHaveText("The round is open: your team can answer now.");
    await expect(page.getByRole("listitem").filter({ hasText: "Q4 pipeline" })).toContainText(
      /Open since .* · named · no answers yet/,
    );
    await expectAccessible(page);
    await screenshot(page, "survey-en");

    await page.getByRole("link", { name: "Answer Q4 pipeline" }).click();
    await expect(page.getByText("Named round: managers see your answer with your name.")).toBeVisible();
    const form = page.getByRole("form", { name: "Your answer" });
    await form
      .getByRole("group", { name: "How healthy is your pipeline?" })
      .getByLabel("Healthy", { exact: true })
      .check();
    for (const statement of [
      "I have open communication with my key clients.",
      "I have access to my key clients for frequent interactions.",
      "My key clients and I share knowledge both ways.",
      "I hold joint planning sessions with my key clients.",
      "I have good insight into my key clients' sector.",
      "My key clients are satisfied with our relationship.",
    ]) {
      await form.getByRole("group", { name: statement }).getByLabel("4", { exact: true }).check();
    }
    await form.getByLabel("Open opportunity value").fill("120000");
    await form.getByLabel("Expected to close this period").fill("130000");
    await form.getByLabel("Your target this period").fill("60000");
    await form.getByRole("button", { name: "Send my answer" }).click();
    // A statement left out: said next to it, and what was filled in stays.
    await expect(
      form.getByRole("group", { name: "There is strong trust between my key clients and me." }),
    ).toHaveAccessibleDescription("Choose how much you agree, from 1 to 5.");
    await expect(form.getByLabel("Open opportunity value")).toHaveValue("120000");
    await expect(
      form
        .getByRole("group", { name: "How healthy is your pipeline?" })
        .getByLabel("Healthy", { exact: true }),
    ).toBeChecked();
    await form
      .getByRole("group", { name: "There is strong trust between my key clients and me." })
      .getByLabel("5 strongly agree")
      .check();
    await form.getByRole("button", { name: "Send my answer" }).click();
    // More expected to close than is in the pipeline: refused next to that field.
    await expect(form.getByLabel("Expected to close this period")).toHaveAccessibleDescription(
      /What you expect to close cannot be more than your open pipeline\./,
    );
    await form.getByLabel("Expected to close this period").fill("45000");
    await form.getByRole("button", { name: "Send my answer" }).click();
    await expect(form.getByRole("status")).toHaveText(/^Thank you: your answer is saved\./);
    const results = page.getByRole("region", { name: "Results (1 answer)" });
    // Pipeline coverage is open pipeline over target; expected to close is forecast attainment.
    await expect(results).toContainText(/Pipeline coverage\s*2×/);
    await expect(results).toContainText(/Forecast attainment\s*75\.0%/);
    // A named round shows shares at any size: the names are visible anyway.
    await expect(results.getByRole("table", { name: /Answers per pipeline health/ })).toContainText(
      /Healthy\s*100\.0%/,
    );
    await expect(results).toContainText(
      "it needs answers with a healthy pipeline and answers with an unhealthy one",
    );
    await expect(results.getByRole("table", { name: /Each person's pipeline health/ })).toContainText(
      /Sam Owner\s*Healthy\s*€120,000\.00\s*€45,000\.00\s*€60,000\.00\s*2×\s*75\.0%/,
    );
    await expectAccessible(page);
    await screenshot(page, "survey-round-en");

    await page.goto(`/o/${account.orgSlug}/team`);
    await expect(
      page.getByText(
        /Pipeline coverage: 2× \(€120,000\.00 open pipeline against a target of €60,000\.00\); forecast attainment: 75% \(€45,000\.00 expected to close\), from the survey round Q4 pipeline \(1 answer\)\./,
      ),
    ).toBeVisible();

    // Another organization: not a member here, and its own pages do not know this round.
    const other = await browser.newContext();
    const stranger = await other.newPage();
    const strangerSignup = new SignupPage(stranger);
    const strangerAccount = await strangerSignup.signUp();
    await page.goto(`/o/${account.orgSlug}/survey`);
    const roundId = (
      await page.getByRole("link", { name: "Change your answer to Q4 pipeline" }).getAttribute("href")
    )
      ?.split("/")
      .pop();
    await expectNotFound(
      stranger,
      `/o/${account.orgSlug}/survey/${roundId}`,
      `/o/${strangerAccount.orgSlug}/survey/${roundId}`,
      `/o/${strangerAccount.orgSlug}/survey/not-a-round`,
      `/o/${DEMO.orgSlug}/survey`,
    );
    await other.close();

    await page.getByRole("button", { name: "Close Q4 pipeline" }).click();
    await expect(
      page.getByRole("listitem").filter({ hasText: "Q4 pipeline" }).getByRole("status"),
    ).toHaveText("The round is closed; its results stay.");
    await expect(page.getByRole("button", { name: "Close Q4 pipeline" })).toHaveCount(0);
    await expect(page.getByRole("listitem").filter({ hasText: "Q4 pipeline" })).toContainText(/Closed on/);
    await page.goto(`/o/${account.orgSlug}/survey/${roundId}`);
    await expect(
      page.getByText("This round is closed: answers can no longer be given or changed."),
    ).toBeVisible();
    await expect(page.getByRole("form", { name: "Your answer" })).toHaveCount(0);
  });

  test("a rep sees the rounds to answer, and no form to open one or results", async ({ page, loginPage }) => {
    await loginPage.logInAs(DEMO.repEmail);
    await page.goto(`/o/${DEMO.orgSlug}/survey`);
    await expect(page.locator("#main")).toBeVisible();
    await expect(
      page.locator("form[aria-label]").filter({ has: page.locator('input[name="title"]') }),
    ).toHaveCount(0);
    await expect(page.locator('a[href*="#results-heading"]')).toHaveCount(0);
  });

  test("in Dutch: the page and the form to open a round", async ({ page, signupPage }) => {
    await signupPage.signUp();
    // The account's own language setting, so that no shared demo user is changed.
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await openSection(page, "Pijplijn-enquête");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pijplijn-enquête");
    await expect(page.getByRole("heading", { name: "Nog geen enquêterondes" })).toBeVisible();
    await expect(page.getByRole("form", { name: "Een ronde openen" }).getByLabel("Antwoorden")).toHaveValue(
      "anonymous",
    );
    await expectAccessible(page);
    await screenshot(page, "survey-nl");
  });
});
