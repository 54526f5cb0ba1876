import "server-only";
import { and, desc, eq, gt, isNull, lt, or } from "drizzle-orm";
import { type ApiKeyRole, apiKeys, organizations } from "@/db/schema";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { recordAudit } from "@/lib/data/audit";
import { inOrg, lookup, type OrgContext } from "@/lib/data/tenant-tx";
import { NotFoundError } from "@/lib/errors";

/** Keys look like `fm_<8-char prefix>_<secret>`; the prefix lets people recognise a key. */
function generateKey(): { key: string; prefix: string } {
  const prefix = newToken().replace(/[-_]/g, "").slice(0, 8);
  return { key: `fm_${prefix}_${newToken()}`, prefix };
}

export async function createApiKey(
  ctx: OrgContext,
  input: { name: string; expiresAt?: Date | null; role?: ApiKeyRole },
) {
  const { key, prefix } = generateKey();
  return inOrg(ctx, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        orgId: ctx.org.id,
        name: input.name,
        prefix,
        keyHash: hashToken(key),
        createdByUserId: ctx.userId,
        expiresAt: input.expiresAt ?? null,
        role: input.role ?? "manager",
      })
      .returning();
    if (!row) throw new Error("API key not created");
    await recordAudit(tx, ctx, {
      action: "apiKey.created",
      subjectType: "apiKey",
      subjectId: row.id,
      after: { name: row.name, prefix, expiresAt: row.expiresAt, role: row.role },
    });
    // The key itself is returned once and never stored.
    return { key, apiKey: publicFields(row) };
  });
}

function publicFields(row: typeof apiKeys.$inferSelect) {
  const { keyHash: _hash, ...rest } = row;
  return rest;
}

export async function listApiKeys(ctx: OrgContext) {
  const rows = await inOrg(ctx, (tx) =>
    tx.select().from(apiKeys).where(eq(apiKeys.orgId, ctx.org.id)).orderBy(desc(apiKeys.createdAt)),
  );
  return rows.map(publicFields);
}

export async function revokeApiKey(ctx: OrgContext, apiKeyId: string) {
  await inOrg(ctx, async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.orgId, ctx.org.id), eq(apiKeys.id, apiKeyId), isNull(apiKeys.revokedAt)))
      .returning();
    if (!row) throw new NotFoundError("apiKey");
    await recordAudit(tx, ctx, {
      action: "apiKey.revoked",
      subjectType: "apiKey",
      subjectId: row.id,
      before: { name: row.name, prefix: row.prefix },
    });
  });
}

/**
 * The organization context an API key acts in (with its role: manager, or owner), or null when the key is
 * unknown, revoked or expired. Marks the key as used (at most once a minute, to keep
 * busy integrations from writing on every request).
 */
export async function authenticateApiKey(rawKey: string, now = new Date()): Promise<OrgContext | null> {
  if (!/^fm_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{20,}$/.test(rawKey)) return null;
  const keyHash = hashToken(rawKey);
  return lookup({ apiKeyHash: keyHash }, async (tx) => {
    const [row] = await tx
      .select({ key: apiKeys, org: organizations })
      .from(apiKeys)
      .innerJoin(organizations, eq(organizations.id, apiKeys.orgId))
      .where(
        and(
          eq(apiKeys.keyHash, keyHash),
          isNull(apiKeys.revokedAt),
          or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now)),
        ),
      );
    if (!row) return null;
    await tx
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiKeys.orgId, row.org.id),
          eq(apiKeys.id, row.key.id),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - 60_000))),
        ),
      );
    return {
      org: { id: row.org.id, slug: row.org.slug, name: row.org.name, timeZone: row.org.timeZone },
      member: null,
      role: row.key.role,
      userId: null,
      apiKeyId: row.key.id,
    } satisfies OrgContext;
  });
}
