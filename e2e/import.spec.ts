import fs from "node:fs";
import { addIsoWeeks } from "../lib/weeks/iso-week";
import { expect, expectAccessible, openSection, screenshot, test } from "./support/fixtures";
import { importSpreadsheet } from "./support/imports";
import { thisWeek } from "./support/weeks";

test.describe("import and export", () => {
  test.slow();
  test("a manager imports a CSV with a bad row, sees the error in the preview, fixes it and imports", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    await openSection(page, "Import & export");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import and export");
    await expectAccessible(page);

    const [w1, w2] = [addIsoWeeks(thisWeek(), -2), addIsoWeeks(thisWeek(), -1)];
    // A Dutch spreadsheet: semicolons and decimal commas, loaded from a file.
    const bad = [
      "email;week;calls;conversations;appointments;hours;notWorked",
      `${account.email};${w1};106;38;9;7,5;false`,
      `new.rep@example.test;${w1};30;38;2;;`,
      `new.rep@example.test;${w2};;;;;ja`,
    ].join("\n");
    await page.getByLabel("Spreadsheet file (CSV)").setInputFiles({
      name: "weeks.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(bad),
    });
    await expect(page.getByLabel("Spreadsheet contents")).toHaveValue(bad);
    await page.getByRole("button", { name: "Check (nothing is saved)" }).click();
    const preview = page.getByRole("table", { name: "What the import will do with each row" });
    await expect(preview.getByRole("row", { name: /^3 / })).toContainText(
      "email: Nobody in the organization has this email.",
    );
    await expect(preview.getByRole("row", { name: /^3 / })).toContainText(
      "conversations: Cannot be more than the stage before it (30).",
    );
    await expect(page.getByText("Fix the rows with errors and check again")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, "import-preview-errors-en");

    await page.getByLabel("Spreadsheet contents").fill(bad.replace(";30;38;2;", ";40;38;2;"));
    await page.getByLabel("Create unknown reps as invited members").check();
    await page.getByRole("button", { name: "Check (nothing is saved)" }).click();
    await expect(
      page.getByText("3 weeks to create, 0 weeks to update, 0 weeks unchanged, 0 rows with errors."),
    ).toBeVisible();
    await expect(
      page.getByText("1 new rep will be created as invited members: new.rep@example.test."),
    ).toBeVisible();
    await screenshot(page, "import-preview-ok-en");
    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await expect(page.getByRole("status").first()).toHaveText(
      "Imported: 3 weeks created, 0 weeks updated, 0 weeks unchanged.",
    );

    // The imported weeks are in the grid, the new rep as invited.
    await page.goto(`/o/${account.orgSlug}/weeks`);
    await expect(page.getByRole("row", { name: /new\.rep/ })).toContainText("invited");
    await expect(page.getByRole("link", { name: `new.rep, ${w2}: Off` })).toBeVisible();
  });

  test("export then import again changes nothing (round trip), and the JSON export has it all", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    const week = addIsoWeeks(thisWeek(), -1);
    await importSpreadsheet(
      page,
      account.orgSlug,
      `email,week,calls,conversations,hours\n${account.email},${week},50,12,"6,25"\n`,
      { rows: 1 },
    );
    await expect(page.getByRole("status").first()).toHaveText(/^Imported: 1 week created/);

    for (const link of ["All weeks (CSV)", "All weeks (CSV for Dutch Excel: ; and decimal commas)"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: link }).click(),
      ]);
      const csv = fs.readFileSync((await download.path()) as string, "utf8");
      // Headers in the reader's language, in the names the import reads back.
      expect(csv.split("\r\n")[0]).toMatch(/^email[,;]week[,;]Calls[,;]Decision-maker conversations[,;]/);
      expect(csv).toContain(
        link.includes("Dutch") ? `${account.email};${week};50;12` : `${account.email},${week},50,12`,
      );
      await page.getByLabel("Spreadsheet contents").fill(csv);
      await page.getByRole("button", { name: "Check (nothing is saved)" }).click();
      await expect(
        page.getByText("0 weeks to create, 0 weeks to update, 1 week unchanged, 0 rows with errors."),
      ).toBeVisible();
      // Nothing would change, so nothing is offered to import.
      await expect(
        page.getByText("Nothing to import: every row matches what is already stored."),
      ).toBeVisible();
      await expect(page.getByRole("button", { name: /^Import / })).toHaveCount(0);
    }

    const [json] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "The whole organization (JSON)" }).click(),
    ]);
    const data = JSON.parse(fs.readFileSync((await json.path()) as string, "utf8"));
    expect(data.organization.slug).toBe(account.orgSlug);
    expect(data.weeks).toEqual([
      expect.objectContaining({ week, metrics: { calls: 50, conversations: 12, hours: 6.25 } }),
    ]);
    expect(JSON.stringify(data)).not.toMatch(/password/i);
  });

  test("in Dutch: the columns are named in Dutch, a Dutch header is read, problems name its columns, and the export writes Dutch", async ({
    page,
    signupPage,
  }) => {
    const account = await signupPage.signUp();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await page.goto(`/o/${account.orgSlug}/import`);
    await expect(
      page.getByText(
        /met de kolommen e-mail, week, één kolom per cijfer \(Aantal telefoons, Beslissers gesproken, /,
      ),
    ).toBeVisible();
    const week = addIsoWeeks(thisWeek(), -1);
    const csv = `E-mail;Week;Telefoons;Beslissers gesproken;Niet gewerkt\n${account.email};${week};30;38;nee\n`;
    await page.getByLabel("Inhoud van de spreadsheet").fill(csv);
    await page.getByRole("button", { name: "Controleren (er wordt niets opgeslagen)" }).click();
    const preview = page.getByRole("table", { name: "Wat de import met elke rij doet" });
    await expect(preview.getByRole("row", { name: /^2 / })).toContainText(
      "Beslissers gesproken: Kan niet meer zijn dan de stap ervoor (30).",
    );
    await expectAccessible(page);
    await screenshot(page, "import-preview-errors-nl");

    await page.getByLabel("Inhoud van de spreadsheet").fill(csv.replace(";30;38;", ";40;38;"));
    await page.getByRole("button", { name: "Controleren (er wordt niets opgeslagen)" }).click();
    await page.getByRole("button", { name: "1 rij importeren" }).click();
    await expect(page.getByRole("status").first()).toHaveText(/^Geïmporteerd: 1 week aangemaakt/);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Alle weken (CSV)" }).click(),
    ]);
    const exported = fs.readFileSync((await download.path()) as string, "utf8").split("\r\n");
    expect(exported[0]).toBe(
      "e-mail,week,Aantal telefoons,Beslissers gesproken,Afspraken vastgelegd,Terugbellen korte termijn,Terugbellen lange termijn,Uren prospectie,Belminuten,niet gewerkt",
    );
    expect(exported[1]).toBe(`${account.email},${week},40,38,,,,,,nee`);
  });
});
