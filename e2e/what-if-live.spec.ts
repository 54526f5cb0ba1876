// The what-if page answers in the browser as the manager types (issue 17): the engine is pure
// and the page holds the selection's counts, so a change of the target, unit or calls loads
// nothing, the address follows for a bookmark, and each answer takes under 5 ms, measured in
// Chromium inside the page (the User Timing entries the planner records). The server renders
// the same answer from that address, also without script. Chromium rounds performance.now() to
// 0.1 ms here (no cross-origin isolation): the figures are good to that.
import type { Request } from "@playwright/test";
import { DEMO, expect, screenshot, test } from "./support/fixtures";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The targets typed one after another, key by key: decimal commas and points, days and weeks. */
const TARGETS = ["4", "2,5", "7.5", "1", "12", "0,5", "3", "6,25", "10", "2", "15", "5"];

test("the answer follows every keystroke without a request, in under 5 ms a change", async ({
  page,
  loginPage,
  browser,
}) => {
  await loginPage.logInAs(DEMO.managerEmail);
  const base = `/o/${DEMO.orgSlug}/what-if`;
  // The browser takes over the server's answer as it is: a hydration mismatch would be an error.
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}?target=3`, { waitUntil: "networkidle" });
  const form = page.getByRole("form", { name: "Your target" });
  const target = form.getByLabel("Appointments to book");
  const heading = (value: string, unit: "day" | "week" = "day") =>
    page.getByRole("heading", { name: `What ${value} appointments a ${unit} take`, exact: true });
  await expect(heading("3")).toBeVisible();
  // Typing before the page has hydrated changes only the field: type until the answer follows.
  await expect(async () => {
    await target.fill("4");
    await expect(heading("4")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  expect(errors).toEqual([]);

  // From here on, nothing may load: no document, no fetch, and the same document throughout.
  const requests: string[] = [];
  const onRequest = (request: Request) => {
    if (["document", "fetch", "xhr"].includes(request.resourceType())) {
      requests.push(`${request.resourceType()} ${request.url()}`);
    }
  };
  page.on("request", onRequest);
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
    performance.clearMeasures();
  });

  const format = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
  let answers = 0;
  for (const typed of TARGETS) {
    await target.fill("");
    await target.pressSequentially(typed, { delay: 20 });
    await expect(heading(format.format(Number(typed.replace(",", "."))))).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]target=${encodeURIComponent(typed)}(&|$)`));
    answers += 1;
  }
  // A half-typed decimal is refused next to the field, never rounded, and asks nothing.
  await target.fill("2,");
  await expect(target).toHaveAccessibleDescription(/Enter a number, for example 7,5 or 7\.5\./);
  await expect(page.getByRole("region", { name: "How likely it is" })).toHaveCount(0);
  await target.pressSequentially("5");
  await expect(heading("2.5")).toBeVisible();
  // The unit and the planned calls are answered the same way.
  await form.getByLabel("Per", { exact: true }).selectOption({ label: "week (5 working days)" });
  await expect(heading("2.5", "week")).toBeVisible();
  await form.getByLabel("Calls you plan (optional)").pressSequentially("120");
  const chance = page.getByRole("region", { name: "How likely it is" });
  await expect(chance).toContainText("At 120 calls a week");
  // Enter (a submit of the same weeks and person) keeps the page: the answer is already there.
  await target.press("Enter");
  await expect(page).toHaveURL(/[?&]target=2%2C5&unit=week&calls=120(&|$)/);
  await expect(chance).toContainText("At 120 calls a week");

  const timings = await page.evaluate(() => ({
    compute: performance.getEntriesByName("what-if:compute").map((entry) => entry.duration),
    change: performance.getEntriesByName("what-if:change").map((entry) => entry.duration),
    sameDocument: (window as unknown as { sameDocument?: boolean }).sameDocument === true,
  }));
  page.off("request", onRequest);
  expect(requests).toEqual([]);
  expect(timings.sameDocument).toBe(true);
  expect(timings.compute.length).toBeGreaterThanOrEqual(answers);
  const computeMs = median(timings.compute);
  const changeMs = median(timings.change);
  console.log(
    `what-if in Chromium: ${timings.compute.length} answers, engine median ${computeMs.toFixed(3)} ms ` +
      `(max ${Math.max(...timings.compute).toFixed(3)} ms); keystroke to answer in the page, median ` +
      `${changeMs.toFixed(3)} ms over ${timings.change.length} changes`,
  );
  expect(computeMs).toBeLessThan(5);
  expect(changeMs).toBeLessThan(5);
  await screenshot(page, "what-if-live-en");

  // The address is the plan: the server renders the same answer from it, even without script.
  const answerText = await page
    .getByRole("region", { name: "What 2.5 appointments a week take" })
    .textContent();
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    locale: "en-GB",
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(page.url());
  const served = plain.getByRole("region", { name: "What 2.5 appointments a week take" });
  expect(await served.textContent()).toBe(answerText);
  // Without script the form is a plain GET form.
  const plainForm = plain.getByRole("form", { name: "Your target" });
  await plainForm.getByLabel("Appointments to book").fill("6");
  await plainForm.getByRole("button", { name: "Work it out" }).click();
  await expect(plain).toHaveURL(/[?&]target=6&/);
  await expect(plain.getByRole("heading", { name: "What 6 appointments a week take" })).toBeVisible();
  await noScript.close();

  // Other weeks are other data: the period still goes to the server, and keeps the question.
  await form.getByLabel("Ratios from").selectOption({ label: "the last 52 weeks" });
  await form.getByRole("button", { name: "Work it out" }).click();
  await expect(page).toHaveURL(/[?&]period=52w(&|$)/);
  await expect(page).toHaveURL(/[?&]target=2%2C5&/);
  await expect(heading("2.5", "week")).toBeVisible();
});
