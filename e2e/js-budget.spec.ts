// What a page costs to load in JavaScript (gzip, as Chromium receives it), against the
// app's own 404 page: the week form within 1.15x, the dashboards within 1.3x (issue 17).
// Measured on the demo organization; `npm run bench:pages` prints the same at 500 reps.
import type { Page } from "@playwright/test";
import { DEMO, expect, LoginPage, test } from "./support/fixtures";

async function javascriptKb(page: Page, path: string): Promise<number> {
  const sizes: Promise<number>[] = [];
  const onFinished = (request: import("@playwright/test").Request) => {
    if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
  };
  page.on("requestfinished", onFinished);
  await page.goto(path, { waitUntil: "networkidle" });
  page.off("requestfinished", onFinished);
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0) / 1024;
}

test("the week form and the dashboards stay within their JavaScript budget", async ({ browser }) => {
  test.slow();
  const kb: Record<string, number> = {};
  const login = await browser.newContext();
  const loginPage = await login.newPage();
  await loginPage.goto("/login");
  await new LoginPage(loginPage).logIn(DEMO.managerEmail, DEMO.password);
  await loginPage.waitForURL(/\/o\//);
  const signedIn = await login.storageState();
  await login.close();
  // A fresh context per page, so that nothing is cached from the page before.
  const measure = async (name: string, path: string, logIn: boolean) => {
    const context = await browser.newContext(logIn ? { storageState: signedIn } : {});
    kb[name] = await javascriptKb(await context.newPage(), path);
    await context.close();
  };
  await measure("notFound", "/no-such-page", false);
  await measure("weekForm", `/o/${DEMO.orgSlug}/week`, true);
  await measure("team", `/o/${DEMO.orgSlug}/team`, true);
  await measure("whatIf", `/o/${DEMO.orgSlug}/what-if`, true);
  console.log(`JavaScript (gzip kB): ${JSON.stringify(kb)}`);
  const notFound = kb.notFound ?? 0;
  expect(notFound).toBeGreaterThan(10);
  expect(kb.weekForm).toBeLessThanOrEqual(notFound * 1.15);
  expect(kb.team).toBeLessThanOrEqual(notFound * 1.3);
  expect(kb.whatIf).toBeLessThanOrEqual(notFound * 1.3);
});
