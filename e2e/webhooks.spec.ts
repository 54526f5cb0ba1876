// An owner registers a webhook endpoint served by a real HTTP server that this test starts,
// saves a week, and sees the signed delivery arrive and appear in the delivery log; others
// do not get the page.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifySignature } from "../lib/webhooks/signing";
import {
  DEMO,
  expect,
  expectAccessible,
  expectNotFound,
  navHasSection,
  openSection,
  screenshot,
  switchLanguage,
  test,
} from "./support/fixtures";

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

async function receiver() {
  const requests: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      requests.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/funnelmeter`;
  return {
    url,
    requests,
    stop: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

test.describe("outgoing webhooks", () => {
  test.slow();

  test("an owner registers an endpoint, saves a week and sees the signed delivery in the log", async ({
    page,
    signupPage,
  }) => {
    const hooks = await receiver();
    try {
      const account = await signupPage.signUp();
      await openSection(page, "Webhooks");
      await expect(page).toHaveURL(new RegExp(`/o/${account.orgSlug}/webhooks$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Webhooks");
      await expectAccessible(page);

      // No event chosen: explained, nothing stored.
      await page.getByLabel("Address (URL)").fill(hooks.url);
      await page.getByRole("button", { name: "Add endpoint" }).click();
      await expect(page.getByText("Choose at least one event to send.")).toBeVisible();
      await expect(page.getByText("No endpoints yet.")).toBeVisible();

      await page.getByLabel(/A week is saved/).check();
      await page.getByRole("button", { name: "Add endpoint" }).click();
      const secretField = page.getByLabel("Signing secret", { exact: true });
      await expect(secretField).toHaveValue(/^whsec_/);
      const secret = await secretField.inputValue();
      await expect(page.getByRole("row", { name: new RegExp(hooks.url) })).toContainText("Enabled");

      await openSection(page, "My week");
      await page.getByLabel("Calls").fill("40");
      await page.getByRole("button", { name: "Save week" }).click();
      await expect(page.getByRole("status")).toHaveText(/saved/);

      await expect.poll(() => hooks.requests.length, { timeout: 30_000 }).toBe(1);
      const [delivery] = hooks.requests;
      expect(
        verifySignature({
          secret,
          body: delivery!.body,
          timestamp: delivery!.headers[TIMESTAMP_HEADER] as string,
          signature: delivery!.headers[SIGNATURE_HEADER] as string,
          nowSeconds: Math.floor(Date.now() / 1000),
        }),
      ).toEqual({ ok: true });
      const event = JSON.parse(delivery!.body);
      expect(event).toMatchObject({ type: "week.saved", organization: account.orgSlug });
      expect(event.data.values.calls).toBe(40);

      await openSection(page, "Webhooks");
      const logged = page
        .getByRole("table", { name: "Webhook deliveries" })
        .getByRole("row", { name: /week\.saved/ });
      await expect(async () => {
        await page.reload();
        await expect(logged).toContainText("Delivered", { timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
      await expect(logged).toContainText(/204 in \d+ ms/);
      // The secret was shown once: it is not on the page any more.
      await expect(page.getByLabel("Signing secret", { exact: true })).toHaveCount(0);
      await screenshot(page, "webhooks-en");

      await switchLanguage(page, "Nederlands");
      await expect(page.getByRole("heading", { name: "Leveringslog" })).toBeVisible();
      await expect(
        page.getByRole("table", { name: "Webhook-leveringen" }).getByRole("row", { name: /week\.saved/ }),
      ).toContainText("Geleverd");
      await expectAccessible(page);
      await screenshot(page, "webhooks-nl");
      await switchLanguage(page, "English");
    } finally {
      await hooks.stop();
    }
  });

  test("a rep does not get the webhooks page; nor does a member of another organization", async ({
    page,
    loginPage,
    signupPage,
  }) => {
    // A manager neither: the navigation's unit test and the role matrix cover that role.
    await loginPage.logInAs(DEMO.repEmail);
    await expect(page).toHaveURL(/\/o\/demo$/);
    await expect(navHasSection(page, "demo", "webhooks")).toHaveCount(0);
    await expectNotFound(page, "/o/demo/webhooks");

    await signupPage.signUpAfresh();
    await expectNotFound(page, "/o/demo/webhooks");
  });
});
