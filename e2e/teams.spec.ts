import type { Browser, Page } from "@playwright/test";
import {
  test as base,
  expect,
  expectAccessible,
  expectNotFound,
  LoginPage,
  type NewAccount,
  navHasSection,
  newAccount,
  openSection,
  SignupPage,
  screenshot,
  uniqueEmail,
} from "./support/fixtures";
import { startPrivateServer } from "./support/private-server";

const PASSWORD = "a long enough password";

// Every test here starts as the owner of a new organization of its own; each test takes a
// few people and browsers through several pages.
const test = base.extend<{ owner: NewAccount }>({
  owner: async ({ signupPage }, use) => use(await signupPage.signUp()),
});
test.describe.configure({ timeout: 180_000 });

/** Invites through the members page and returns the path of the link shown to copy. */
async function invite(page: Page, orgSlug: string, person: { email: string; name: string; role?: string }) {
  await page.goto(`/o/${orgSlug}/members`);
  const form = page.getByRole("form", { name: "Invite someone" });
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Role").selectOption({ label: person.role ?? "Rep" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  const link = page.getByRole("textbox", { name: "Invitation link", exact: true });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return new URL(await link.inputValue()).pathname;
}

/** A new person opens the link in their own browser, creates an account and joins. */
async function acceptAsNewPerson(browser: Browser, baseURL: string, path: string, name: string) {
  const context = await browser.newContext({ baseURL, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto(path);
  const form = page.getByRole("form", { name: "Create your account" });
  // The name the inviter typed is already there.
  await expect(form.getByLabel("Your name")).toHaveValue(name);
  await form.getByLabel("Your name").fill(name);
  await form.getByLabel("Password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create account and join" }).click();
  return { context, page };
}

test.describe("invitations", () => {
  test("a new rep accepts an invitation with a new account; the link then no longer works", async ({
    page,
    owner,
    browser,
    baseURL,
  }) => {
    await openSection(page, "Members");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Members");
    await expectAccessible(page);
    const repEmail = uniqueEmail("rita");
    const path = await invite(page, owner.orgSlug, { email: repEmail, name: "Rita Rep" });
    await expect(page.getByRole("heading", { name: `Invitation link for ${repEmail}` })).toBeVisible();
    await expect(page.getByRole("table", { name: /Invitations that have not been accepted/ })).toContainText(
      "Rita Rep",
    );
    await screenshot(page, "members-invited-en");

    const invitee = await browser.newContext({ baseURL, locale: "en-GB" });
    const rita = await invitee.newPage();
    await rita.goto(path);
    await expect(rita.getByRole("heading", { level: 1 })).toHaveText(`Join ${owner.orgName}`);
    await expect(
      rita.getByText(`You are invited to join ${owner.orgName} on Funnelmeter as Rep.`),
    ).toBeVisible();
    await expect(rita.getByLabel("Email")).toHaveValue(repEmail);
    await expect(rita.getByLabel("Email")).not.toBeEditable();
    await expectAccessible(rita);
    await screenshot(rita, "invite-new-account-en");
    // A too-short password is explained next to the field; nothing is created.
    await rita.getByLabel("Your name").fill("Rita Rep");
    await rita.getByLabel("Password").fill("short");
    await rita.getByRole("button", { name: "Create account and join" }).click();
    await expect(rita.getByLabel("Password")).toHaveAccessibleDescription(/Use at least 10 characters\./);
    await rita.getByLabel("Password").fill(PASSWORD);
    await rita.getByRole("button", { name: "Create account and join" }).click();
    await expect(rita).toHaveURL(new RegExp(`/o/${owner.orgSlug}$`));
    await expect(rita.getByRole("heading", { level: 1 })).toHaveText(`${owner.orgName}: overview`);

    // Used once: refused the second time, with a clear page and no second membership.
    await rita.goto(path);
    await expect(rita.getByRole("heading", { level: 1 })).toHaveText("This invitation has already been used");
    await expectAccessible(rita);
    await screenshot(rita, "invite-used-en");

    await page.reload();
    await expect(page.getByRole("row", { name: /Rita Rep/ })).toContainText("Active");
    await expect(page.getByText("No pending invitations.").first()).toBeVisible();
    await invitee.close();
  });

  test("an existing user logs in from the invitation, joins, and switches between organizations", async ({
    page,
    owner,
    browser,
    baseURL,
  }) => {
    const consultantContext = await browser.newContext({ baseURL, locale: "en-GB" });
    const bea = await consultantContext.newPage();
    const consultant = await new SignupPage(bea).signUp({ ...newAccount(), name: "Bea Consultant" });
    // Not a member yet: the other organization's pages do not exist for her.
    await expectNotFound(bea, `/o/${owner.orgSlug}/members`);

    const path = await invite(page, owner.orgSlug, { email: consultant.email, name: "Bea", role: "Manager" });
    await bea.goto("/");
    await bea.getByRole("button", { name: "Log out" }).click();
    await expect(bea).toHaveURL(/\/login$/);
    await bea.goto(path);
    await expect(bea.getByText(`An account exists for ${consultant.email}.`, { exact: false })).toBeVisible();
    await bea.getByRole("link", { name: "Log in to accept" }).click();
    await new LoginPage(bea).logIn(consultant.email, consultant.password);
    await expect(bea).toHaveURL(new RegExp(`${path}$`));
    await expect(bea.getByText(`You are logged in as ${consultant.email}.`)).toBeVisible();
    await screenshot(bea, "invite-existing-user-en");
    await bea.getByRole("button", { name: `Join ${owner.orgName}` }).click();
    await expect(bea).toHaveURL(new RegExp(`/o/${owner.orgSlug}$`));

    // The header switcher lists both organizations; each lives under its own address.
    const switcher = bea.locator("header details");
    await switcher.locator("summary").click();
    await expect(switcher.getByRole("link")).toHaveText([owner.orgName, consultant.orgName].sort());
    await expect(switcher.getByRole("link", { name: owner.orgName })).toHaveAttribute("aria-current", "page");
    await switcher.getByRole("link", { name: consultant.orgName }).click();
    await expect(bea).toHaveURL(new RegExp(`/o/${consultant.orgSlug}$`));
    await expect(bea.getByRole("heading", { level: 1 })).toHaveText(`${consultant.orgName}: overview`);
    // No data crosses: her own organization has only her; the other one's owner is not in it.
    await bea.goto(`/o/${consultant.orgSlug}/members`);
    await expect(bea.getByRole("main")).not.toContainText("Sam Owner");
    await bea.goto(`/o/${owner.orgSlug}/members`);
    await expect(bea.getByRole("main")).toContainText("Sam Owner");
    await consultantContext.close();
  });

  test("wrong-email and withdrawn links are refused and create no membership", async ({
    page,
    owner,
    browser,
    baseURL,
  }) => {
    const path = await invite(page, owner.orgSlug, { email: uniqueEmail("carla"), name: "Carla" });

    const otherContext = await browser.newContext({ baseURL, locale: "en-GB" });
    const other = await otherContext.newPage();
    const stranger = await new SignupPage(other).signUp();
    await other.goto(path);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("This invitation is for someone else");
    await expect(other.getByRole("alert").filter({ hasText: stranger.email })).toBeVisible();
    await expect(other.getByRole("button", { name: /^Join/ })).toHaveCount(0);
    await expectAccessible(other);
    await screenshot(other, "invite-wrong-email-en");
    await expectNotFound(other, `/o/${owner.orgSlug}`);

    await page.goto(`/o/${owner.orgSlug}/members`);
    await page.getByRole("button", { name: "Withdraw invitation of Carla" }).click();
    await expect(
      page.getByText("The invitation was withdrawn; its link no longer works.").first(),
    ).toBeVisible();
    await other.context().clearCookies();
    await other.goto(path);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("This invitation was withdrawn");
    await other.goto("/invite/this-is-not-a-real-invitation-token-at-all");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("This invitation link is not valid");
    await otherContext.close();
  });
});

test.describe("roles and removal", () => {
  test("role change and removal take effect on the member's very next request; history stays", async ({
    page,
    owner,
    browser,
    baseURL,
  }) => {
    const path = await invite(page, owner.orgSlug, { email: uniqueEmail("ruben"), name: "Ruben Rep" });
    const { context, page: ruben } = await acceptAsNewPerson(browser, baseURL ?? "", path, "Ruben Rep");
    await expect(ruben).toHaveURL(new RegExp(`/o/${owner.orgSlug}$`));

    // A rep sees the team, but no invite form, no controls and no audit log.
    await openSection(ruben, "Members");
    await expect(ruben.getByRole("heading", { name: "Invite someone" })).toHaveCount(0);
    await expect(ruben.getByRole("button", { name: /Change role of/ })).toHaveCount(0);
    await expect(navHasSection(ruben, owner.orgSlug, "audit")).toHaveCount(0);
    await screenshot(ruben, "members-rep-en");
    // Pages gated by a permission show the not-found page (streamed, so not always a 404 status).
    await ruben.goto(`/o/${owner.orgSlug}/audit`);
    await expect(ruben.getByRole("heading", { name: "Page not found" })).toBeVisible();

    await page.goto(`/o/${owner.orgSlug}/members`);
    const row = page.getByRole("row", { name: /Ruben Rep/ });
    await row.getByLabel("New role for Ruben Rep").selectOption({ label: "Manager" });
    await row.getByRole("button", { name: "Change role of Ruben Rep" }).click();
    await expect(page.getByText(/The role was changed/).first()).toBeVisible();
    await expect(page.getByRole("row", { name: /Ruben Rep/ })).toContainText("Manager");

    // His session is the same; his rights are read again on his next request.
    const audit = await ruben.goto(`/o/${owner.orgSlug}/audit`);
    expect(audit?.status()).toBe(200);
    await expect(ruben.getByRole("heading", { level: 1 })).toHaveText("Audit log");
    // As a manager he may not touch the owner, nor give the owner role.
    await ruben.goto(`/o/${owner.orgSlug}/members`);
    await expect(ruben.getByRole("button", { name: "Change role of Sam Owner" })).toHaveCount(0);
    await expect(ruben.getByRole("button", { name: "Deactivate Sam Owner" })).toHaveCount(0);
    await expect(
      ruben.getByRole("form", { name: "Invite someone" }).getByLabel("Role").locator("option"),
    ).toHaveText(["Manager", "Rep"]);

    await page.getByRole("button", { name: "Deactivate Ruben Rep" }).click();
    await expect(page.getByText(/The member was deactivated/).first()).toBeVisible();
    await expect(page.getByRole("row", { name: /Ruben Rep/ })).toContainText("Deactivated");
    // Still signed in, but out of the organization from the very next request.
    const removed = await ruben.goto(`/o/${owner.orgSlug}/members`);
    expect(removed?.status()).toBe(404);
    await ruben.goto("/");
    await expect(ruben.getByText("You are not a member of any organization yet.")).toBeVisible();

    await page.getByRole("button", { name: "Reactivate Ruben Rep" }).click();
    await expect(page.getByText("The member was reactivated.").first()).toBeVisible();
    expect((await ruben.goto(`/o/${owner.orgSlug}`))?.status()).toBe(200);

    // Every change is in the audit log, with who did it.
    await openSection(page, "Audit log");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
    const events = page.getByRole("table", { name: /Audit events of/ });
    for (const what of [
      "Member invited",
      "Invitation accepted",
      "Role changed",
      "Member deactivated",
      "Member reactivated",
    ]) {
      await expect(events.getByRole("rowheader", { name: what })).toBeVisible();
    }
    await expect(events.getByRole("row", { name: /Role changed/ })).toContainText("Rep → Manager");
    await expectAccessible(page);
    await screenshot(page, "audit-en");
    await page.getByLabel("Action").selectOption({ label: "Role changed" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=member\.role_changed/);
    // The event names whom it was about after its name (the audit log says who).
    await expect(events.getByRole("rowheader")).toHaveText([/^Role changed/]);
    await expect(page.getByText("1 event", { exact: true })).toBeVisible();
    await context.close();
  });

  test("the last owner cannot leave; once someone else is owner, they can", async ({
    page,
    owner,
    browser,
    baseURL,
  }) => {
    await page.goto(`/o/${owner.orgSlug}/members`);
    const leave = page.getByRole("form", { name: `Leave ${owner.orgName}` });
    await leave.getByRole("button", { name: "Leave organization" }).click();
    await expect(leave.getByRole("alert")).toHaveText(
      "An organization needs at least one owner. Make someone else an owner first.",
    );
    await page.reload();
    await expect(page.getByRole("row", { name: /Sam Owner/ })).toContainText("Active");
    // Nor can the last owner be demoted.
    const self = page.getByRole("row", { name: /Sam Owner/ });
    await self.getByLabel("New role for Sam Owner").selectOption({ label: "Manager" });
    await self.getByRole("button", { name: "Change role of Sam Owner" }).click();
    await expect(page.getByText(/at least one owner/).first()).toBeVisible();

    const path = await invite(page, owner.orgSlug, {
      email: uniqueEmail("olga"),
      name: "Olga",
      role: "Owner",
    });
    const { context, page: olga } = await acceptAsNewPerson(browser, baseURL ?? "", path, "Olga");
    await expect(olga).toHaveURL(new RegExp(`/o/${owner.orgSlug}$`));

    await page.goto(`/o/${owner.orgSlug}/members`);
    await page
      .getByRole("form", { name: `Leave ${owner.orgName}` })
      .getByRole("button")
      .click();
    await expect(page).toHaveURL(/\/$/);
    await expectNotFound(page, `/o/${owner.orgSlug}`);
    await olga.goto(`/o/${owner.orgSlug}/members`);
    await expect(olga.getByRole("row", { name: /Sam Owner/ })).toContainText("Deactivated");
    await context.close();
  });
});

test.describe("Dutch", () => {
  test.use({ locale: "nl-BE" });

  test("the members page, an invitation and the audit log in Dutch", async ({
    page,
    signupPage,
    browser,
    baseURL,
  }) => {
    // The sign-up fixture speaks English; switch to Dutch afterwards.
    await page.context().addCookies([{ name: "funnelmeter-locale", value: "en", url: baseURL ?? "" }]);
    const owner = await signupPage.signUp();
    await page.getByRole("button", { name: "Nederlands" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await page.goto(`/o/${owner.orgSlug}/members`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leden");
    const form = page.getByRole("form", { name: "Iemand uitnodigen" });
    await form.getByLabel("E-mailadres").fill(uniqueEmail("jan"));
    await form.getByLabel("Naam").fill("Jan Janssens");
    await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
    const link = page.getByRole("textbox", { name: "Uitnodigingslink", exact: true });
    await expect(link).toHaveValue(/\/invite\//);
    await expectAccessible(page);
    await screenshot(page, "members-nl");

    const context = await browser.newContext({ baseURL, locale: "nl-BE" });
    const jan = await context.newPage();
    await jan.goto(new URL(await link.inputValue()).pathname);
    await expect(jan.getByRole("heading", { level: 1 })).toHaveText(`Word lid van ${owner.orgName}`);
    await expectAccessible(jan);
    await screenshot(jan, "invite-nl");
    await context.close();

    await openSection(page, "Auditlog");
    await expect(page.getByRole("rowheader", { name: "Lid uitgenodigd" })).toBeVisible();
    await expectAccessible(page);
    await screenshot(page, "audit-nl");
  });
});

test.describe("invitation lifetime", () => {
  test.describe.configure({ mode: "serial" });
  // Its own server with invitations that live four seconds (INVITATION_TTL_DAYS).
  let server: Awaited<ReturnType<typeof startPrivateServer>>;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await startPrivateServer(3192, { INVITATION_TTL_DAYS: String(4 / 86_400) });
  });
  test.afterAll(async () => server?.stop());

  test("an expired link is refused and the inviter sees it expired", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: server.baseURL, locale: "en-GB" });
    const page = await context.newPage();
    const owner = await new SignupPage(page).signUp();
    const path = await invite(page, owner.orgSlug, { email: uniqueEmail("late"), name: "Late Larry" });
    await page.waitForTimeout(5_000);
    await page.reload();
    await expect(page.getByRole("row", { name: /Late Larry/ }).first()).toContainText("Expired");
    const invitee = await browser.newContext({ baseURL: server.baseURL, locale: "en-GB" });
    const larry = await invitee.newPage();
    await larry.goto(path);
    await expect(larry.getByRole("heading", { level: 1 })).toHaveText("This invitation has expired");
    await expect(larry.getByRole("main").getByRole("form")).toHaveCount(0);
    await screenshot(larry, "invite-expired-en");
    // A new link can be sent; the expired one stays dead.
    await page.getByRole("button", { name: "Send again to Late Larry" }).click();
    await expect(page.getByRole("textbox", { name: "Invitation link", exact: true })).not.toHaveValue(
      new RegExp(`${path}$`),
    );
    await larry.goto(path);
    await expect(larry.getByRole("heading", { level: 1 })).toHaveText(/expired|withdrawn/);
    await invitee.close();
    await context.close();
  });
});
