import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { apiKeys, auditEvents } from "@/db/schema";
import { describeDb, testDb, unique } from "@/db/test/harness";
import { newOrg } from "@/db/test/orgs";
import { NotFoundError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/security/data/rate-limit";
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from "./api-keys";

const newOrgContext = async () => (await newOrg({ today: "2026-11-23" })).ctx;

describeDb("API keys", () => {
  it("are shown once, stored as a hash, and act as a manager of their own organization", async () => {
    const ctx = await newOrgContext();
    const { key, apiKey } = await createApiKey(ctx, { name: "dialer" });
    expect(key).toMatch(/^fm_[A-Za-z0-9]{8}_/);
    const db = await testDb();
    const [stored] = await db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(stored?.keyHash).not.toContain(key);
    expect(JSON.stringify(await listApiKeys(ctx))).not.toContain(key);

    const acting = await authenticateApiKey(key);
    expect(acting).toMatchObject({
      org: { id: ctx.org.id },
      role: "manager",
      userId: null,
      apiKeyId: apiKey.id,
    });
    expect(await authenticateApiKey(`${key}x`)).toBeNull();
    expect(await authenticateApiKey("not a key")).toBeNull();

    const events = await db.select().from(auditEvents).where(eq(auditEvents.subjectId, apiKey.id));
    expect(events.map((e) => e.action)).toEqual(["apiKey.created"]);
  });

  it("stop working when revoked or expired; another organization cannot revoke them", async () => {
    const ctx = await newOrgContext();
    const other = await newOrgContext();
    const { key, apiKey } = await createApiKey(ctx, { name: "crm" });
    await expect(revokeApiKey(other, apiKey.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiKey(key)).not.toBeNull();
    await revokeApiKey(ctx, apiKey.id);
    expect(await authenticateApiKey(key)).toBeNull();

    const expiring = await createApiKey(ctx, { name: "short", expiresAt: new Date("2030-01-01T00:00:00Z") });
    expect(await authenticateApiKey(expiring.key, new Date("2029-12-31T23:59:00Z"))).not.toBeNull();
    expect(await authenticateApiKey(expiring.key, new Date("2030-01-01T00:00:01Z"))).toBeNull();
  });
});

describeDb("the rate limiter", () => {
  it("counts hits per bucket in a sliding window kept in the database", async () => {
    const bucket = unique("bucket");
    const t0 = new Date("2026-11-23T10:00:05Z");
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await hitRateLimit(bucket, 3, 60, t0));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3]?.retryAfterSeconds).toBe(55);
    // Another bucket is independent. Right after the minute the last minute's hits still
    // count (a sliding window: no double burst at the boundary); a minute later they do not.
    expect((await hitRateLimit(unique("bucket"), 3, 60, t0)).allowed).toBe(true);
    expect((await hitRateLimit(bucket, 3, 60, new Date("2026-11-23T10:01:00Z"))).allowed).toBe(false);
    expect((await hitRateLimit(bucket, 3, 60, new Date("2026-11-23T10:02:01Z"))).allowed).toBe(true);
  });

  it("holds under concurrent hits (no lost updates)", async () => {
    const bucket = unique("bucket");
    const now = new Date("2026-11-23T10:00:00Z");
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => hitRateLimit(bucket, 10, 60, now)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
  });
});
