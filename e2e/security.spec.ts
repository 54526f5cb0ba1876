// Sessions and log-in throttling through the real server: a copied session cookie stops
// working once its owner logs out; "log out everywhere" ends every device; after 10 failed
// log-ins the right password waits too, for known and unknown emails alike, while other
// accounts and other addresses go on. Each throttling test sends its own X-Forwarded-For so
// that the suite's other log-ins from 127.0.0.1 are not held back.
import type { Browser, Page } from "@playwright/test";
import { expect, LoginPage, newAccount, SignupPage, screenshot, test } from "./support/fixtures";

// The server counts the last address of the header. Each call gets one no other call in this
// run has used: a failure counted against a reused address would throttle the next test early.
let issued = Math.floor(Math.random() * 2 ** 24);
const address = () => {
  const n = issued++;
  return `203.0.113.7, 10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

async function pageFrom(browser: Browser, forwardedFor: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": forwardedFor } });
  return context.newPage();
}

async function copyCookiesInto(browser: Browser, from: Page) {
  const context = await browser.newContext();
  await context.addCookies(await from.context().cookies());
  return context.newPage();
}

test.describe("sessions", () => {
  test("logging out ends the session on the server: a copied cookie stops working", async ({
    page,
    signupPage,
    browser,
  }) => {
    const account = await signupPage.signUp();
    const copy = await copyCookiesInto(browser, page);
    await copy.goto("/account");
    await expect(copy.getByRole("heading", { level: 1 })).toHaveText("Your account");
    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await copy.goto("/account");
    await expect(copy).toHaveURL(/\/login/);
    expect((await copy.goto(`/o/${account.orgSlug}/team`))?.url()).toMatch(/\/login/);
  });

  test("log out everywhere ends every device's session", async ({ page, signupPage, browser }) => {
    const account = await signupPage.signUp();
    const other = await pageFrom(browser, address());
    await new LoginPage(other).goto();
    await new LoginPage(other).logIn(account.email, account.password);
    await expect(other).toHaveURL(new RegExp(`/o/${account.orgSlug}$`));
    await page.goto("/account");
    await screenshot(page, "account-sessions-en");
    await page.getByRole("button", { name: "Log out everywhere" }).click();
    await expect(page).toHaveURL(/\/login/);
    await other.goto("/account");
    await expect(other).toHaveURL(/\/login/);
  });
});

test.describe("log-in throttling", () => {
  // Eleven log-ins with password hashing each, on a shared machine.
  test.describe.configure({ timeout: 180_000 });
  test("after 10 failures the right password waits too; other accounts and addresses do not", async ({
    browser,
  }) => {
    const setup = await pageFrom(browser, address());
    const account = await new SignupPage(setup).signUp(newAccount());
    const bystander = await new SignupPage(await pageFrom(browser, address())).signUp(newAccount());
    await setup.context().close();

    // Ten wrong passwords, each from another address: the account's own limit.
    const page = await pageFrom(browser, address());
    const login = new LoginPage(page);
    await login.goto();
    // A fresh form each time: React resets a submitted form, which could race the next fill.
    for (let i = 0; i < 10; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": address() });
      await login.goto();
      await login.logIn(account.email, `wrong ${i}`);
      await expect(login.form().getByRole("alert")).toHaveText("The email or password is not correct.");
    }
    await page.setExtraHTTPHeaders({ "x-forwarded-for": address() });
    await login.goto();
    await login.logIn(account.email, account.password);
    await expect(login.form().getByRole("alert")).toHaveText(
      "Too many attempts. Wait 15 minutes and try again.",
    );
    await expect(page).toHaveURL(/\/login/);

    // Another account, from the same address, is not held back.
    await login.goto();
    await login.logIn(bystander.email, bystander.password);
    await expect(page).toHaveURL(new RegExp(`/o/${bystander.orgSlug}$`));
  });

  test("an unknown email gets the same answers; one address with 10 failures waits for any email", async ({
    browser,
  }) => {
    const shared = address();
    const page = await pageFrom(browser, shared);
    const login = new LoginPage(page);
    await login.goto();
    for (let i = 0; i < 10; i++) {
      await login.goto();
      await login.logIn(`nobody-${i}-${Date.now()}@example.test`, "not the password");
      await expect(login.form().getByRole("alert")).toHaveText("The email or password is not correct.");
    }
    await login.goto();
    await login.logIn(`nobody-else-${Date.now()}@example.test`, "not the password");
    await expect(login.form().getByRole("alert")).toHaveText(
      "Too many attempts. Wait 15 minutes and try again.",
    );
    await screenshot(page, "login-throttled-en");
  });
});

test.describe("headers and refused requests", () => {
  test("every page gets a fresh script nonce, no framing, a referrer and a permissions policy", async ({
    request,
  }) => {
    const policies = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get("/login");
      const policy = response.headers()["content-security-policy"] ?? "";
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce).toBeTruthy();
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      // Next's own scripts carry the nonce.
      const html = await response.text();
      expect(html).toContain(`nonce="${nonce}"`);
      expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(response.headers()["permissions-policy"]).toContain("camera=()");
      policies.push(policy);
    }
    expect(policies[0]).not.toBe(policies[1]);
  });

  test("a cross-origin action is 403, an oversized one 413", async ({ request, baseURL }) => {
    const action = { "next-action": "0123456789abcdef", "content-type": "text/plain;charset=UTF-8" };
    const foreign = await request.post("/login", {
      headers: { ...action, origin: "https://evil.example" },
      data: "[]",
    });
    expect(foreign.status()).toBe(403);
    const big = await request.post("/o/demo/import", {
      headers: { ...action, origin: baseURL ?? "" },
      data: Buffer.alloc(11 * 1024 * 1024, 97),
    });
    expect(big.status()).toBe(413);
  });

  test("a malformed router-state header is 400, a well-formed one renders", async ({ request }) => {
    // What the browser's router sends on a client-side navigation, broken three ways: Next
    // would answer each with a 500 (lib/security/router-state.mjs).
    const rsc = { rsc: "1" };
    for (const state of ["%7Bnot json", encodeURIComponent('{"a":1}'), "%E0%A4%A"]) {
      const answer = await request.get("/login", { headers: { ...rsc, "next-router-state-tree": state } });
      expect(answer.status(), state).toBe(400);
    }
    const valid = encodeURIComponent(JSON.stringify(["", { children: ["login", {}] }, null, null, 1]));
    const fine = await request.get("/login", { headers: { ...rsc, "next-router-state-tree": valid } });
    expect(fine.status()).toBe(200);
  });
});
