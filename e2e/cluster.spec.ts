// Smoke test of scripts/cluster.sh: two app instances behind HAProxy (round robin, no
// sticky sessions), PgBouncer in transaction pooling, a streaming replica for dashboard
// reads. Runs only in the `cluster` project (CLUSTER_URL set by scripts/test-all.mjs).
import { expect, openSection, test } from "./support/fixtures";

test("sign up, save a week and see it on the team page, with requests on both instances", async ({
  page,
  signupPage,
}) => {
  test.slow();
  const instances = new Set<string>();
  page.on("response", (response) => {
    const instance = response.headers()["x-funnelmeter-instance"];
    if (instance) instances.add(instance);
  });

  const account = await signupPage.signUp();
  await openSection(page, "My week");
  await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}/week$`));
  // Last week: the team page's default period ends with the last full week. The owner signed
  // up today, so that week ended before their start date and the form asks to confirm it.
  await page.getByRole("link", { name: "Previous week" }).click();
  await expect(page).toHaveURL(/week=/);
  await page.getByLabel("Calls").fill("1234");
  await page.getByLabel("Calls").press("Enter");
  // Tick only once the refused save has come back: a tick before that is undone by its render.
  const form = page.getByRole("form", { name: /Numbers for week/ });
  await expect(form.getByRole("alert")).toHaveText("Some fields need your attention.");
  const confirm = page.getByLabel("Yes, these numbers belong to this week, before the start date");
  await expect(confirm).toHaveAccessibleDescription(
    "This week ended before this person's start date. Tick the box if it is right anyway.",
  );
  await confirm.check();
  await page.getByRole("button", { name: "Save week" }).click();
  await expect(form.getByRole("status")).toHaveText(/saved\.$/);

  // The very next page view reads the dashboards (from the replica once it has caught up).
  await page.goto(`/o/${account.orgSlug}/team`);
  await expect(page.getByRole("main")).toContainText(/1[,.\s]?234/);
  expect([...instances].sort()).toEqual(["app1", "app2"]);
});
