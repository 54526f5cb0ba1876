import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { organizations, userRecoveryCodes, userTwoFactor } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addActiveMember, newUser } from "@/db/test/members";
import { auditOf, newOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import {
  authorizeCredentials,
  ThrottledSignin,
  TwoFactorRequired,
  WrongSecondFactor,
} from "@/lib/auth/authorize";
import { authSecret } from "@/lib/auth/secret";
import { mustEnrolFirst } from "@/lib/auth/two-factor/requirement";
import { totpCode } from "@/lib/auth/two-factor/totp";
import { resolveMembership } from "@/lib/data/memberships";
import { ConflictError, ValidationError } from "@/lib/errors";
import { setTwoFactorRequirementDefinition } from "@/lib/settings/definitions";
import { changePassword } from "./account";
import { findSessionUser, startSession } from "./sessions";
import {
  beginTwoFactorEnrolment,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  renewRecoveryCodes,
  spendSecondFactor,
  twoFactorStatus,
} from "./two-factor";

const KEY = "integration-test-auth-secret";
const PASSWORD = "a long enough password";
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, 0) + seconds * 1000);

/** A user with two-factor on, enrolled at `at(0)`. */
async function enrolledUser(secretKey = KEY) {
  const user = await newUser("Tfa", { password: PASSWORD });
  const { secret } = await beginTwoFactorEnrolment(user.id, secretKey);
  const { recoveryCodes } = await confirmTwoFactorEnrolment(
    user.id,
    totpCode(secret, at(0)),
    secretKey,
    at(0),
  );
  return { user, secret, recoveryCodes };
}

describeDb("two-factor sign-in", () => {
  it("enrols with a first code; the secret is sealed at rest; recovery codes are kept as hashes", async () => {
    const user = await newUser("Enrol", { password: PASSWORD });
    const { secret } = await beginTwoFactorEnrolment(user.id, KEY);
    expect((await twoFactorStatus(user.id)).enabled).toBe(false);
    await expect(confirmTwoFactorEnrolment(user.id, "000000", KEY, at(0))).rejects.toThrow(ValidationError);
    const { recoveryCodes } = await confirmTwoFactorEnrolment(user.id, totpCode(secret, at(0)), KEY, at(0));
    expect(recoveryCodes).toHaveLength(10);
    expect(await twoFactorStatus(user.id)).toEqual({ enabled: true, recoveryCodesLeft: 10 });

    const db = await testDb();
    const [row] = await db.select().from(userTwoFactor).where(eq(userTwoFactor.userId, user.id));
    expect(row!.secretSealed).not.toContain(secret);
    const stored = await db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.id));
    const storedText = JSON.stringify(stored);
    for (const code of recoveryCodes) expect(storedText).not.toContain(code.replace("-", ""));

    // Once on, a new enrolment is refused (it would replace the secret without a code).
    await expect(beginTwoFactorEnrolment(user.id, KEY)).rejects.toThrow(ConflictError);
  });

  it("accepts a code once: the same step again is refused (replay), a later step works", async () => {
    const { user, secret } = await enrolledUser();
    // The enrolment's own step (at(0)) is already used.
    expect(await spendSecondFactor(user.id, totpCode(secret, at(0)), KEY, at(5))).toBe(false);
    const code = totpCode(secret, at(30));
    expect(await spendSecondFactor(user.id, code, KEY, at(31))).toBe(true);
    expect(await spendSecondFactor(user.id, code, KEY, at(35))).toBe(false);
    // Two requests racing with the same fresh code: exactly one passes.
    const next = totpCode(secret, at(60));
    const results = await Promise.all([
      spendSecondFactor(user.id, next, KEY, at(61)),
      spendSecondFactor(user.id, next, KEY, at(61)),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    // The next step (clock drift) is accepted, a code two steps ahead is not.
    expect(await spendSecondFactor(user.id, totpCode(secret, at(120)), KEY, at(91))).toBe(true);
    expect(await spendSecondFactor(user.id, totpCode(secret, at(240)), KEY, at(181))).toBe(false);
  });

  it("uses a recovery code once, and only for its own user", async () => {
    const a = await enrolledUser();
    const b = await enrolledUser();
    const [code] = a.recoveryCodes as [string];
    expect(await spendSecondFactor(b.user.id, code, KEY, at(10))).toBe(false);
    expect(await spendSecondFactor(a.user.id, code.toUpperCase(), KEY, at(10))).toBe(true);
    expect(await spendSecondFactor(a.user.id, code, KEY, at(11))).toBe(false);
    expect((await twoFactorStatus(a.user.id)).recoveryCodesLeft).toBe(9);
  });

  it("does not open a secret sealed under another key", async () => {
    const { user, secret } = await enrolledUser("another-auth-secret");
    expect(await spendSecondFactor(user.id, totpCode(secret, at(30)), KEY, at(30))).toBe(false);
  });

  it("new recovery codes need a current code and void the old ones", async () => {
    const { user, secret, recoveryCodes } = await enrolledUser();
    await expect(renewRecoveryCodes(user.id, "123456", KEY, at(30))).rejects.toThrow(ValidationError);
    const renewed = await renewRecoveryCodes(user.id, totpCode(secret, at(30)), KEY, at(30));
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(await spendSecondFactor(user.id, recoveryCodes[0] as string, KEY, at(40))).toBe(false);
    expect(await spendSecondFactor(user.id, renewed.recoveryCodes[0] as string, KEY, at(40))).toBe(true);
  });

  it("turns off with a current code or the password, and says which field was wrong", async () => {
    const { user, secret } = await enrolledUser();
    const wrongCode = await disableTwoFactor(user.id, { code: "111111" }, KEY, at(30)).catch((e) => e);
    expect(wrongCode).toBeInstanceOf(ValidationError);
    expect(Object.keys((wrongCode as ValidationError).fields)).toEqual(["code"]);
    const wrongPassword = await disableTwoFactor(user.id, { password: "nope nope nope" }, KEY, at(30)).catch(
      (e) => e,
    );
    expect(Object.keys((wrongPassword as ValidationError).fields)).toEqual(["password"]);
    await disableTwoFactor(user.id, { code: totpCode(secret, at(30)) }, KEY, at(30));
    expect(await twoFactorStatus(user.id)).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    const db = await testDb();
    expect(await db.select().from(userRecoveryCodes).where(eq(userRecoveryCodes.userId, user.id))).toEqual(
      [],
    );

    const again = await enrolledUser();
    await disableTwoFactor(again.user.id, { password: PASSWORD }, KEY, at(30));
    expect((await twoFactorStatus(again.user.id)).enabled).toBe(false);
  });

  it("audits enrolment and turning off in each organization of the person, none elsewhere", async () => {
    const user = await newUser("Audited", { password: PASSWORD });
    const mine = await newOrg({ owner: user });
    const other = await newOrg();
    const { secret } = await beginTwoFactorEnrolment(user.id, KEY);
    await confirmTwoFactorEnrolment(user.id, totpCode(secret, at(0)), KEY, at(0));
    await disableTwoFactor(user.id, { password: PASSWORD }, KEY, at(30));
    const enabled = await auditOf(mine.ctx.org.id, "two_factor.enabled");
    expect(enabled).toHaveLength(1);
    expect(enabled[0]).toMatchObject({ actorUserId: user.id, subjectType: "user", subjectId: user.id });
    expect(await auditOf(mine.ctx.org.id, "two_factor.disabled")).toHaveLength(1);
    expect(await auditOf(other.ctx.org.id, "two_factor.enabled")).toHaveLength(0);
  });

  it("the tenant gate sees whether the session's user has two-factor", async () => {
    const { user } = await enrolledUser();
    const sessionId = await startSession(user.id);
    expect((await findSessionUser(user.id, user.sessionEpoch, sessionId))?.twoFactor).toBe(true);
    const plain = await newUser("Plain", { password: PASSWORD });
    const plainSession = await startSession(plain.id);
    expect((await findSessionUser(plain.id, plain.sessionEpoch, plainSession))?.twoFactor).toBe(false);
  });
});

describeDb("log-in with two-factor (the credentials provider's authorize)", () => {
  const fromAddress = () =>
    new Headers({ "x-forwarded-for": `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.7` });

  it("never makes a session from the password alone for an account with two-factor", async () => {
    const { user } = await enrolledUser(authSecret());
    const headers = fromAddress();
    const step = await authorizeCredentials({ email: user.email, password: PASSWORD }, headers).catch(
      (e) => e,
    );
    expect(step).toBeInstanceOf(TwoFactorRequired);
    // A forged or altered statement gets nothing.
    const forged = await authorizeCredentials(
      { passwordOk: `${(step as TwoFactorRequired).passwordOk}x`, code: "123456" },
      headers,
    );
    expect(forged).toBeNull();
  });

  it("signs in with the statement and a current code or a recovery code (once)", async () => {
    const { user, secret, recoveryCodes } = await enrolledUser(authSecret());
    const headers = fromAddress();
    const passwordOk = async () =>
      (
        (await authorizeCredentials({ email: user.email, password: PASSWORD }, headers).catch(
          (e) => e,
        )) as TwoFactorRequired
      ).passwordOk;
    const signedIn = await authorizeCredentials(
      { passwordOk: await passwordOk(), code: totpCode(secret, new Date()) },
      headers,
    );
    expect(signedIn).toMatchObject({ id: user.id, sessionId: expect.any(String) });
    const recovery = recoveryCodes[0] as string;
    expect(
      await authorizeCredentials({ passwordOk: await passwordOk(), code: recovery }, headers),
    ).toMatchObject({
      id: user.id,
    });
    await expect(
      authorizeCredentials({ passwordOk: await passwordOk(), code: recovery }, headers),
    ).rejects.toThrow(WrongSecondFactor);
  });

  it("counts wrong codes against the log-in throttling: after 10, even a right code waits", async () => {
    const { user, secret } = await enrolledUser(authSecret());
    const headers = fromAddress();
    const step = (await authorizeCredentials({ email: user.email, password: PASSWORD }, headers).catch(
      (e) => e,
    )) as TwoFactorRequired;
    for (let i = 0; i < 10; i++) {
      await expect(
        authorizeCredentials({ passwordOk: step.passwordOk, code: "000000" }, headers),
      ).rejects.toThrow(WrongSecondFactor);
    }
    await expect(
      authorizeCredentials({ passwordOk: step.passwordOk, code: totpCode(secret, new Date()) }, headers),
    ).rejects.toThrow(ThrottledSignin);
  });

  it("changing the password keeps two-factor on: the new password still asks for a code, the old one is refused", async () => {
    const { user, secret } = await enrolledUser(authSecret());
    const headers = fromAddress();
    const newPassword = "another long enough password";
    await expect(
      changePassword(user.id, { currentPassword: "not the password", newPassword }),
    ).rejects.toBeInstanceOf(ValidationError);
    await changePassword(user.id, { currentPassword: PASSWORD, newPassword });
    expect(await twoFactorStatus(user.id)).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD }, headers)).toBeNull();
    const step = await authorizeCredentials({ email: user.email, password: newPassword }, headers).catch(
      (e) => e,
    );
    expect(step).toBeInstanceOf(TwoFactorRequired);
    expect(
      await authorizeCredentials(
        { passwordOk: (step as TwoFactorRequired).passwordOk, code: totpCode(secret, new Date()) },
        headers,
      ),
    ).toMatchObject({ id: user.id });
  });

  it("a person without two-factor signs in with the password as before", async () => {
    const user = await newUser("NoTfa", { password: PASSWORD });
    expect(
      await authorizeCredentials({ email: user.email, password: PASSWORD }, fromAddress()),
    ).toMatchObject({
      id: user.id,
    });
  });
});

describeDb("the owner's two-factor requirement", () => {
  it("the owner turns it on for their organization only; it is audited", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const outcome = await executeOrgAction(setTwoFactorRequirementDefinition, a.userId, a.slug, {
      requireTwoFactor: "on",
    });
    expect(outcome.ok).toBe(true);
    expect((await resolveMembership(a.userId, a.slug))?.org.requireTwoFactor).toBe(true);
    expect((await resolveMembership(b.userId, b.slug))?.org.requireTwoFactor).toBe(false);
    expect(await auditOf(a.ctx.org.id, "settings.two_factor_requirement")).toHaveLength(1);
    expect(await auditOf(b.ctx.org.id, "settings.two_factor_requirement")).toHaveLength(0);
  });

  it("another organization's owner cannot change it (404), a manager may not (403)", async () => {
    const a = await newOrg();
    const b = await newOrg();
    const stranger = await executeOrgAction(setTwoFactorRequirementDefinition, b.userId, a.slug, {
      requireTwoFactor: "on",
    });
    expect(stranger).toMatchObject({ ok: false, code: "not_found" });
    const manager = await addActiveMember(a.ctx, "manager");
    const byManager = await executeOrgAction(setTwoFactorRequirementDefinition, manager.user.id, a.slug, {
      requireTwoFactor: "on",
    });
    expect(byManager).toMatchObject({ ok: false, code: "forbidden" });
    const db = await testDb();
    const [row] = await db.select().from(organizations).where(eq(organizations.id, a.ctx.org.id));
    expect(row!.requireTwoFactor).toBe(false);
  });

  it("sends owners and managers of that organization to enrol, not reps, and nobody elsewhere", async () => {
    const a = await newOrg();
    const b = await newOrg();
    await executeOrgAction(setTwoFactorRequirementDefinition, a.userId, a.slug, { requireTwoFactor: "on" });
    const manager = await addActiveMember(a.ctx, "manager");
    const rep = await addActiveMember(a.ctx, "rep");
    const gate = async (userId: string, slug: string) => {
      const ctx = await resolveMembership(userId, slug);
      return mustEnrolFirst(ctx!.role, ctx!.org.requireTwoFactor ?? false, false);
    };
    expect(await gate(a.userId, a.slug)).toBe(true);
    expect(await gate(manager.user.id, a.slug)).toBe(true);
    expect(await gate(rep.user.id, a.slug)).toBe(false);
    expect(await gate(b.userId, b.slug)).toBe(false);
  });

  it("an owner or manager without two-factor cannot act either, only after enrolling", async () => {
    const a = await newOrg();
    await executeOrgAction(setTwoFactorRequirementDefinition, a.userId, a.slug, { requireTwoFactor: "on" });
    const before = await executeOrgAction(setTwoFactorRequirementDefinition, a.userId, a.slug, {
      requireTwoFactor: "off",
    });
    expect(before).toMatchObject({ ok: false, code: "forbidden" });
    expect((await resolveMembership(a.userId, a.slug))?.org.requireTwoFactor).toBe(true);
    const { secret } = await beginTwoFactorEnrolment(a.userId, KEY);
    await confirmTwoFactorEnrolment(a.userId, totpCode(secret, at(0)), KEY, at(0));
    const after = await executeOrgAction(setTwoFactorRequirementDefinition, a.userId, a.slug, {
      requireTwoFactor: "off",
    });
    expect(after.ok).toBe(true);
  });
});
