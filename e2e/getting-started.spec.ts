// A new organization is told what to do next, and each step leads where it is taken; a
// wide table on a phone can be scrolled with the keyboard alone.
import { DEMO, expect, expectAccessible, screenshot, test } from "./support/fixtures";

test.describe("what to do next", () => {
  test("a new owner's overview lists the steps, leads to each, and marks a step done when it is", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    const base = `/o/${account.orgSlug}`;
    const steps = page.getByRole("region", { name: "Getting started" });
    await expect(steps).toContainText("0 of 2 done.");
    await expect(steps.getByRole("listitem")).toHaveText([
      /Invite your reps\s*To do/,
      /Record the first week\s*To do/,
    ]);
    await expectAccessible(page);
    await screenshot(page, "overview-getting-started-en");

    await steps.getByRole("link", { name: "Import a spreadsheet" }).click();
    await expect(page).toHaveURL(`${base}/import`);
    await page.goBack();
    await steps.getByRole("link", { name: "Invite reps" }).click();
    await expect(page).toHaveURL(`${base}/members`);
    await page.goBack();
    await steps.getByRole("link", { name: "Fill in a week" }).click();
    await expect(page).toHaveURL(`${base}/week`);
    await page.getByLabel("Calls").fill("40");
    await page.getByRole("button", { name: "Save week" }).click();
    await expect(page.getByRole("form", { name: /Numbers for week/ }).getByRole("status")).toHaveText(
      /saved/,
    );

    await page.goto(base);
    await expect(steps).toContainText("1 of 2 done.");
    await expect(steps.getByRole("listitem").nth(1)).toContainText("Done");
    // A done step offers nothing more to do.
    await expect(steps.getByRole("link", { name: "Fill in a week" })).toHaveCount(0);
    await expect(steps.getByRole("link", { name: "Invite reps" })).toBeVisible();
  });

  test("an organization with a team and weeks shows no checklist", async ({ loginPage, page }) => {
    await loginPage.logInAs(DEMO.managerEmail);
    await page.goto(`/o/${DEMO.orgSlug}`);
    await expect(page.getByRole("heading", { name: "Reps" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Getting started" })).toHaveCount(0);
  });
});

test("on a phone a wide table scrolls with the arrow keys", async ({ loginPage, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await loginPage.logInAs(DEMO.managerEmail);
  await page.goto(`/o/${DEMO.orgSlug}`);
  const frame = page.getByRole("region", { name: /^Each rep: this week's form/ });
  const scrollLeft = () => frame.evaluate((element) => element.scrollLeft);
  expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  expect(await scrollLeft()).toBe(0);
  await frame.focus();
  await expect(frame).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(scrollLeft).toBeGreaterThan(0);
});
