// Profitability: an owner records a rep's pay history and the value of an appointment, and
// reads cost against value; a missing pay or hours say so; bad amounts are refused next to the
// field; reps and other organizations get 404.
import { addIsoWeeks, mondayDateOfIsoWeek } from "../lib/weeks/iso-week";
import {
  DEMO,
  expect,
  expectAccessible,
  expectNotFound,
  openSection,
  screenshot,
  test,
  uniqueEmail,
} from "./support/fixtures";
import { importSpreadsheet } from "./support/imports";
import { thisWeek } from "./support/weeks";

test.describe("profitability", () => {
  test("an owner records a rep's pay history and the value model, and reads cost against value, incomplete where hours are missing", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    const base = `/o/${account.orgSlug}`;
    const rep = uniqueEmail("rep");
    const [w0, w1, w2] = [
      addIsoWeeks(thisWeek(), -3),
      addIsoWeeks(thisWeek(), -2),
      addIsoWeeks(thisWeek(), -1),
    ];
    // The first week has no hours: paid by the hour, it cannot be priced.
    await importSpreadsheet(
      page,
      account.orgSlug,
      `email,week,calls,conversations,appointments,hours\n${rep},${w0},100,30,5,\n${rep},${w1},100,30,5,20\n${rep},${w2},100,30,5,20\n`,
      { rows: 3, createReps: true },
    );
    await expect(page.getByRole("status").first()).toHaveText(/^Imported: 3 weeks created/);

    await openSection(page, "Profitability");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profitability");
    const name = rep.split("@")[0] as string;
    const table = page.getByRole("table", { name: /^Cost and value per rep/ });
    const row = table.getByRole("row", { name: new RegExp(`^${name}`) });
    await expect(row).toContainText("No pay set: record it below.");

    const history = page.getByRole("region", { name: `Pay of ${name}` });
    await expect(history).toContainText("No pay recorded yet.");
    const form = page.getByRole("form", { name: `New pay for ${name}` });
    // With no history yet, the date starts at the rep's start.
    await expect(form.getByLabel("From")).toHaveValue(mondayDateOfIsoWeek(w0));
    await form.getByLabel("Paid").selectOption({ label: "per hour" });
    await form.getByLabel("Amount").fill("veel");
    await form.getByRole("button", { name: "Record pay" }).click();
    await expect(form.getByLabel("Amount")).toHaveAccessibleDescription(
      /Enter an amount from 0 to 1,000,000/,
    );
    await form.getByLabel("Amount").fill("30");
    await form.getByRole("button", { name: "Record pay" }).click();
    await expect(form.getByRole("status")).toHaveText("Saved.");
    await expect(row).toContainText("€30.00 an hour");
    await expect(row).toContainText("Incomplete: 1 worked week without hours, not priced");
    await expect(row).toContainText("Incomplete: some weeks have no results and there is no value model");

    // A raise from the last week: the earlier weeks keep their rate.
    await form.getByLabel("Paid").selectOption({ label: "per hour" });
    await form.getByLabel("Amount").fill("40");
    await form.getByLabel("From").fill(mondayDateOfIsoWeek(w2));
    await form.getByRole("button", { name: "Record pay" }).click();
    await expect(history.getByRole("listitem")).toHaveCount(2);
    await expect(history.getByRole("listitem").last()).toContainText("€40.00 an hour");

    await page.goto(`${base}/settings`);
    const settings = page.getByRole("form", { name: "Organization" });
    await settings.getByLabel("Show rate of booked appointments (%)").fill("80");
    await settings.getByLabel("Close rate of held appointments (%)").fill("25");
    await settings.getByLabel("Average deal value").fill("4000");
    await settings.getByLabel("Gross margin (%)").fill("50");
    await settings.getByRole("button", { name: "Save settings" }).click();
    await expect(settings.getByRole("status")).toBeVisible();

    await page.goto(`${base}/profitability`);
    // 20 hours x €30 + 20 hours x €40 (the first week unpriced); 15 appointments x €800 x 50%.
    await expect(row).toContainText("€1,400.00");
    await expect(row).toContainText(/€6,000\.00\s*value model/);
    await expect(row).toContainText("at most 4.29× (cost incomplete)");
    await expect(row).toContainText("from week 1 of tenure");
    await expect(page.getByText("Value is counted at a gross margin of 50% (Settings).")).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "profitability-en");
  });

  test("the demo in Dutch: pay per hour and per month, valued by the demo's value model", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "nl-BE" });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("E-mail", { exact: true }).fill(DEMO.managerEmail);
    await page.getByLabel("Wachtwoord").fill(DEMO.password);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/o/${DEMO.orgSlug}/profitability`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rendabiliteit");
    const lotte = page.getByRole("table").getByRole("row", { name: /^Lotte Peeters/ });
    await expect(lotte).toContainText("€ 32,00 per uur");
    await expect(lotte).toContainText(/waardemodel/);
    await expect(lotte).toContainText(/(vanaf week \d+ sinds de start|nog niet, na \d+ weken)/);
    await expect(page.getByRole("region", { name: "Loon van Lotte Peeters" })).toContainText(
      /Vanaf .*: €\s32,00 per uur/,
    );
    await expect(page.getByRole("table").getByRole("row", { name: /^Sander Janssens/ })).toContainText(
      "€ 2.900,00 per maand",
    );
    await expect(page.getByRole("form", { name: "Nieuw loon voor Lotte Peeters" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "profitability-nl");
    await context.close();
  });

  test("reps and other organizations get 404", async ({ page, loginPage, signupPage }) => {
    await loginPage.logInAs(DEMO.repEmail);
    await expectNotFound(page, `/o/${DEMO.orgSlug}/profitability`);
    const account = await signupPage.signUpAfresh();
    await expectNotFound(page, `/o/${DEMO.orgSlug}/profitability`);
    await page.goto(`/o/${account.orgSlug}/profitability`);
    await expect(page.getByRole("heading", { name: "No reps to weigh up yet" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "profitability-empty-en");
  });
});
