// The import page as the quick way to give a new organization weeks (and reps) through the UI.
import type { Page } from "@playwright/test";

/**
 * Pastes a spreadsheet into the organization's import page, checks it and imports its rows
 * (creating unknown reps as invited members when asked). The page's status then reports the
 * import: `page.getByRole("status").first()`.
 */
export async function importSpreadsheet(
  page: Page,
  orgSlug: string,
  csv: string,
  { rows, createReps = false }: { rows: number; createReps?: boolean },
) {
  await page.goto(`/o/${orgSlug}/import`);
  await page.getByLabel("Spreadsheet contents").fill(csv);
  if (createReps) await page.getByLabel("Create unknown reps as invited members").check();
  await page.getByRole("button", { name: "Check (nothing is saved)" }).click();
  await page.getByRole("button", { name: `Import ${rows} ${rows === 1 ? "row" : "rows"}` }).click();
}
