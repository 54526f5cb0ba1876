// Call logs in, counted numbers on the week form: an owner maps the dialer's columns once,
// imports a log (twice: nothing counts twice), sees the counted numbers on the week form and
// corrects one; then the same pages in Dutch.

import { todayIn } from "../lib/weeks/calendar";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "../lib/weeks/iso-week";
import { expect, expectAccessible, screenshot, test } from "./support/fixtures";

const lastWeek = () => addIsoWeeks(isoWeekOfDate(todayIn("Europe/Brussels", new Date())), -1);

test.describe("call-log import", () => {
  test.describe.configure({ timeout: 180_000 });

  test("map once, import twice, see and correct the counts, in English and Dutch", async ({
    page,
    signupPage,
  }) => {
    // A long journey through several pages and both languages: more than one flow's time.
    test.slow();
    const account = await signupPage.signUp();
    const week = lastWeek();
    const monday = mondayDateOfIsoWeek(week);

    await page.goto(`/o/${account.orgSlug}/import`);
    await page.getByRole("link", { name: "Import call logs from a dialer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import call logs");
    await expect(page.getByText("Save the columns first; then you can import call logs.")).toBeVisible();

    const mapping = page.getByRole("form", { name: "Columns of your dialer's export" });
    await mapping.getByLabel("Column with the date and time").fill("Start time");
    await mapping.getByLabel("Column with the agent's e-mail").fill("Agent");
    await mapping.getByLabel("Column with the duration").fill("Duration");
    await mapping.getByLabel("Column with the outcome (optional)").fill("Result");
    await mapping
      .getByLabel("Outcomes that count as Decision-maker conversations")
      .fill("Connected, Meeting booked");
    await mapping.getByLabel("Outcomes that count as Appointments").fill("Meeting booked");
    await mapping.getByRole("button", { name: "Save columns" }).click();
    await expect(mapping.getByRole("status")).toBeVisible();

    const csv = [
      "Start time;Agent;Duration;Result",
      `${monday} 09:00;${account.email};1:30;Connected`,
      `${monday} 09:10;${account.email};0:30;No answer`,
      `${monday} 09:40;${account.email};3:00;Meeting booked`,
      `${monday} 10:00;nobody@example.com;1:00;Connected`,
    ].join("\n");
    const importForm = page.getByRole("form", { name: "Import a call log" });
    await importForm.getByLabel("Or paste the rows, header first").fill(csv);
    await importForm.getByRole("button", { name: "Import calls" }).click();
    const result = page.getByRole("status").filter({ hasText: "rows read" });
    await expect(result).toContainText("4 rows read: 3 calls added, 0 calls were already imported.");
    await expect(result).toContainText(
      "Line 5: Nobody in the organization has this member id or e-mail address.",
    );
    await expectAccessible(page);
    await screenshot(page, "call-log-import-en");
    await importForm.getByLabel("Or paste the rows, header first").fill(csv);
    await importForm.getByRole("button", { name: "Import calls" }).click();
    await expect(result).toContainText("4 rows read: 0 calls added, 3 calls were already imported.");

    await page.goto(`/o/${account.orgSlug}/week?week=${week}`);
    const counted = page.getByRole("group", { name: "Counted by your systems" });
    await expect(counted.getByLabel("Calls")).toHaveValue("3");
    await expect(counted.getByLabel("Calls")).toHaveAccessibleDescription("Counted: 3");
    await expect(counted.getByLabel("Talk minutes")).toHaveValue("5");
    // What no system sends is asked outside the counted group.
    await expect(page.getByLabel("Prospecting hours")).toBeVisible();
    await expect(counted.getByLabel("Prospecting hours")).toHaveCount(0);
    await counted.getByLabel("Calls").fill("4");
    await page.getByLabel("Prospecting hours").fill("2");
    // The new owner started today: last week needs the confirmation that it is theirs.
    await page.getByLabel("Yes, these numbers belong to this week, before the start date").check();
    await page.getByRole("button", { name: "Save week" }).click();
    await expect(page.getByRole("status").filter({ hasText: "saved" })).toBeVisible();
    await page.reload();
    await expect(counted.getByLabel("Calls")).toHaveValue("4");
    await expect(counted.getByLabel("Calls")).toHaveAccessibleDescription(
      "Counted: 3; your correction counts instead",
    );
    await expectAccessible(page);
    await screenshot(page, "week-counted-en");

    await page.getByRole("link", { name: "Account" }).click();
    const profile = page.getByRole("form", { name: "Name and language" });
    await profile.getByLabel("Language").selectOption({ label: "Nederlands" });
    await profile.getByRole("button", { name: "Save" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await page.goto(`/o/${account.orgSlug}/import/calls`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gesprekslogs importeren");
    await expect(page.getByLabel("Kolom met datum en tijd")).toHaveValue("Start time");
    await expectAccessible(page);
    await screenshot(page, "call-log-import-nl");
    await page.goto(`/o/${account.orgSlug}/week?week=${week}`);
    await expect(page.getByRole("group", { name: "Geteld door je systemen" })).toBeVisible();
    await screenshot(page, "week-counted-nl");
  });
});
