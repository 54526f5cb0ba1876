import "server-only";
// A person's two-factor sign-in: enrolment (a sealed secret waiting for its first code),
// the codes at log-in (TOTP steps never accepted twice; recovery codes used once, each
// decided by one conditional UPDATE so two requests cannot both pass), turning it off,
// new recovery codes, and the owner's requirement for owners and managers. A change to
// the person's own account is written to the audit log of every organization they are an
// active member of, in the same transaction.
import { and, count, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { auditEvents, organizations, userRecoveryCodes, users, userTwoFactor } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/two-factor/recovery-codes";
import { openSecret, sealSecret } from "@/lib/auth/two-factor/sealed-secret";
import { acceptedStep, newTotpSecret, normaliseTotpCode } from "@/lib/auth/two-factor/totp";
import { recordAudit } from "@/lib/data/audit";
import { activeOrgIdsOf } from "@/lib/data/memberships";
import { enterMemberOrg, globalDb, inOrg, type OrgContext, type Tx } from "@/lib/data/tenant-tx";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";

export interface TwoFactorStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

export async function twoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const db = await globalDb();
  const [row] = await db
    .select({ enabledAt: userTwoFactor.enabledAt })
    .from(userTwoFactor)
    .where(eq(userTwoFactor.userId, userId));
  if (!row?.enabledAt) return { enabled: false, recoveryCodesLeft: 0 };
  const [left] = await db
    .select({ n: count() })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, userId), isNull(userRecoveryCodes.usedAt)));
  return { enabled: true, recoveryCodesLeft: left?.n ?? 0 };
}

/** Whether the user must give a second factor at log-in. */
export async function hasTwoFactor(userId: string): Promise<boolean> {
  return (await twoFactorStatus(userId)).enabled;
}

/** A new secret to scan; replaces an unfinished enrolment. Refused while two-factor is on. */
export async function beginTwoFactorEnrolment(
  userId: string,
  authSecret: string,
): Promise<{ secret: string }> {
  const db = await globalDb();
  const secret = newTotpSecret();
  const secretSealed = sealSecret(secret, userId, authSecret);
  const [row] = await db
    .insert(userTwoFactor)
    .values({ userId, secretSealed })
    .onConflictDoUpdate({
      target: userTwoFactor.userId,
      set: { secretSealed, lastUsedStep: null, createdAt: sql`now()` },
      setWhere: isNull(userTwoFactor.enabledAt),
    })
    .returning({ userId: userTwoFactor.userId });
  if (!row) throw new ConflictError({ key: "twoFactorAlreadyOn" });
  return { secret };
}

async function auditInEveryOrg(tx: Tx, userId: string, orgIds: string[], action: string) {
  for (const orgId of orgIds) {
    await enterMemberOrg(tx, orgId);
    await tx
      .insert(auditEvents)
      .values({ orgId, actorUserId: userId, action, subjectType: "user", subjectId: userId });
  }
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await tx
    .insert(userRecoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) as string })));
  return codes;
}

/** The first code turns two-factor on; the recovery codes come back once, only hashes stay. */
export async function confirmTwoFactorEnrolment(
  userId: string,
  code: string,
  authSecret: string,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const orgIds = await activeOrgIdsOf(userId);
  const db = await globalDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(userTwoFactor)
      .where(and(eq(userTwoFactor.userId, userId), isNull(userTwoFactor.enabledAt)))
      .for("update");
    if (!row) throw new ConflictError({ key: "twoFactorNoEnrolment" });
    const secret = openSecret(row.secretSealed, userId, authSecret);
    const step = secret ? acceptedStep(secret, code, now, null) : null;
    if (step === null) throw new ValidationError({ code: { key: "wrongTwoFactorCode" } });
    await tx
      .update(userTwoFactor)
      .set({ enabledAt: now, lastUsedStep: step })
      .where(eq(userTwoFactor.userId, userId));
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await auditInEveryOrg(tx, userId, orgIds, "two_factor.enabled");
    return { recoveryCodes };
  });
}

/**
 * Uses a second factor: a current TOTP code (its step then counts as used) or an unused
 * recovery code (then used up). false for anything else, including a replayed step.
 */
export async function spendSecondFactor(
  userId: string,
  code: string,
  authSecret: string,
  now = new Date(),
): Promise<boolean> {
  const db = await globalDb();
  const [row] = await db
    .select()
    .from(userTwoFactor)
    .where(and(eq(userTwoFactor.userId, userId), isNotNull(userTwoFactor.enabledAt)));
  if (!row) return false;
  if (normaliseTotpCode(code)) {
    const secret = openSecret(row.secretSealed, userId, authSecret);
    const step = secret ? acceptedStep(secret, code, now, row.lastUsedStep) : null;
    if (step === null) return false;
    // Two requests with the same code: only one moves the step forward.
    const [used] = await db
      .update(userTwoFactor)
      .set({ lastUsedStep: step })
      .where(
        and(
          eq(userTwoFactor.userId, userId),
          or(isNull(userTwoFactor.lastUsedStep), lt(userTwoFactor.lastUsedStep, step)),
        ),
      )
      .returning({ userId: userTwoFactor.userId });
    return Boolean(used);
  }
  const codeHash = hashRecoveryCode(code);
  if (!codeHash) return false;
  const [used] = await db
    .update(userRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(userRecoveryCodes.userId, userId),
        eq(userRecoveryCodes.codeHash, codeHash),
        isNull(userRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: userRecoveryCodes.id });
  return Boolean(used);
}

/**
 * Turns two-factor off, proven by a current code (or recovery code) or the password; the
 * secret and the recovery codes are deleted.
 */
export async function disableTwoFactor(
  userId: string,
  proof: { code?: string; password?: string },
  authSecret: string,
  now = new Date(),
): Promise<void> {
  if (!(await hasTwoFactor(userId))) throw new ConflictError({ key: "twoFactorNotOn" });
  if (proof.code) {
    if (!(await spendSecondFactor(userId, proof.code, authSecret, now))) {
      throw new ValidationError({ code: { key: "wrongTwoFactorCode" } });
    }
  } else if (proof.password) {
    const db = await globalDb();
    const [user] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId));
    if (!user) throw new NotFoundError("user");
    if (!user.hash || !(await verifyPassword(user.hash, proof.password))) {
      throw new ValidationError({ password: { key: "wrongPassword" } });
    }
  } else {
    throw new ValidationError({ code: { key: "codeOrPasswordRequired" } });
  }
  const orgIds = await activeOrgIdsOf(userId);
  const db = await globalDb();
  await db.transaction(async (tx) => {
    await tx.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
    await tx.delete(userTwoFactor).where(eq(userTwoFactor.userId, userId));
    await auditInEveryOrg(tx, userId, orgIds, "two_factor.disabled");
  });
}

/** New recovery codes for a current code; the old ones stop working. */
export async function renewRecoveryCodes(
  userId: string,
  code: string,
  authSecret: string,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  if (!(await hasTwoFactor(userId))) throw new ConflictError({ key: "twoFactorNotOn" });
  if (!(await spendSecondFactor(userId, code, authSecret, now))) {
    throw new ValidationError({ code: { key: "wrongTwoFactorCode" } });
  }
  const orgIds = await activeOrgIdsOf(userId);
  const db = await globalDb();
  return db.transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await auditInEveryOrg(tx, userId, orgIds, "two_factor.recovery_codes_renewed");
    return { recoveryCodes };
  });
}

/** The owner's setting: owners and managers must have two-factor to open the organization. */
export async function getTwoFactorRequirement(ctx: OrgContext): Promise<boolean> {
  const [row] = await inOrg(ctx, (tx) =>
    tx
      .select({ on: organizations.requireTwoFactor })
      .from(organizations)
      .where(eq(organizations.id, ctx.org.id)),
  );
  return row?.on ?? false;
}

export async function setTwoFactorRequirement(ctx: OrgContext, on: boolean): Promise<void> {
  await inOrg(ctx, async (tx) => {
    const [before] = await tx
      .select({ requireTwoFactor: organizations.requireTwoFactor })
      .from(organizations)
      .where(eq(organizations.id, ctx.org.id))
      .for("update");
    if (before?.requireTwoFactor === on) return;
    await tx.update(organizations).set({ requireTwoFactor: on }).where(eq(organizations.id, ctx.org.id));
    await recordAudit(tx, ctx, {
      action: "settings.two_factor_requirement",
      subjectType: "organization",
      subjectId: ctx.org.id,
      before,
      after: { requireTwoFactor: on },
    });
  });
}
