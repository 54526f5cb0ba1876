import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { apiKeys, members, organizations } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { newOrg as sharedNewOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { authenticateApiKey } from "@/lib/api/data/api-keys";
import { createApiKeyDefinition, revokeApiKeyDefinition, updateOrgSettingsDefinition } from "./definitions";

const newOrg = () => sharedNewOrg({ orgName: "Before", today: "2026-11-23" });

const validSettings = {
  name: "After",
  timeZone: "Europe/Amsterdam",
  currency: "EUR",
  kpiPrecisionPercent: "7,5",
  showRatePercent: "80",
  closeRatePercent: "25,5",
  averageDealValue: "12500",
};

async function settingsOf(slug: string) {
  const db = await testDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return org!;
}

describeDb("organization settings", () => {
  it("the owner saves them, decimal commas included", async () => {
    const a = await newOrg();
    const outcome = await executeOrgAction(updateOrgSettingsDefinition, a.userId, a.slug, validSettings);
    expect(outcome.ok).toBe(true);
    expect(await settingsOf(a.slug)).toMatchObject({
      name: "After",
      timeZone: "Europe/Amsterdam",
      kpiRelativePrecision: 0.075,
      showRate: 0.8,
      closeRate: 0.255,
      averageDealValue: 12500,
    });
  });

  it("bad input is refused field by field and nothing changes", async () => {
    const a = await newOrg();
    const outcome = await executeOrgAction(updateOrgSettingsDefinition, a.userId, a.slug, {
      ...validSettings,
      timeZone: "Mars/Olympus",
      kpiPrecisionPercent: "0",
      showRatePercent: "120",
      averageDealValue: "lots",
    });
    expect(outcome).toMatchObject({
      ok: false,
      code: "validation_failed",
      fields: {
        timeZone: { key: "unknownTimeZone" },
        kpiPrecisionPercent: { key: "precisionPercentRange" },
        showRatePercent: { key: "percentRange" },
        averageDealValue: { key: "notANumber" },
      },
    });
    expect((await settingsOf(a.slug)).name).toBe("Before");
  });

  it.each([
    ["manager", "forbidden"],
    ["rep", "forbidden"],
  ] as const)("a %s is %s and nothing changes", async (role, code) => {
    const a = await newOrg();
    const db = await testDb();
    await db.update(members).set({ role }).where(eq(members.userId, a.userId));
    for (const definition of [updateOrgSettingsDefinition, createApiKeyDefinition] as const) {
      const outcome = await executeOrgAction(definition as never, a.userId, a.slug, {
        ...validSettings,
        expiresOn: "",
      });
      expect(outcome).toMatchObject({ ok: false, code });
    }
    expect((await settingsOf(a.slug)).name).toBe("Before");
    const org = await settingsOf(a.slug);
    expect(await db.select().from(apiKeys).where(eq(apiKeys.orgId, org.id))).toHaveLength(0);
  });

  it("a member of another organization gets not_found for every settings action", async () => {
    const a = await newOrg();
    const b = await newOrg();
    expect(
      await executeOrgAction(updateOrgSettingsDefinition, b.userId, a.slug, validSettings),
    ).toMatchObject({
      code: "not_found",
    });
    const created = await executeOrgAction(createApiKeyDefinition, a.userId, a.slug, {
      name: "k",
      expiresOn: "",
    });
    expect(created.ok).toBe(true);
    // B cannot revoke A's key, even knowing its id: through A's slug it is not a member,
    // through its own slug the key does not exist.
    const org = await settingsOf(a.slug);
    const [keyOfA] = await (await testDb()).select().from(apiKeys).where(eq(apiKeys.orgId, org.id));
    for (const slug of [a.slug, b.slug]) {
      const denied = await executeOrgAction(revokeApiKeyDefinition, b.userId, slug, { apiKeyId: keyOfA!.id });
      expect(denied).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await authenticateApiKey(String((created as { data: { key: string } }).data.key))).not.toBeNull();
    expect((await settingsOf(a.slug)).name).toBe("Before");
  });

  it("creates a key shown once, refuses an expiry in the past, and revokes", async () => {
    const a = await newOrg();
    const past = await executeOrgAction(createApiKeyDefinition, a.userId, a.slug, {
      name: "old",
      expiresOn: "2001-01-01",
    });
    expect(past).toMatchObject({ ok: false, fields: { expiresOn: { key: "dateInPast" } } });
    const created = await executeOrgAction(createApiKeyDefinition, a.userId, a.slug, {
      name: "dialer",
      expiresOn: "",
    });
    const key = (created as { ok: true; data: { key: string } }).data.key;
    const ctx = await authenticateApiKey(key);
    expect(ctx?.org.slug).toBe(a.slug);
    const revoked = await executeOrgAction(revokeApiKeyDefinition, a.userId, a.slug, {
      apiKeyId: ctx!.apiKeyId!,
    });
    expect(revoked.ok).toBe(true);
    expect(await authenticateApiKey(key)).toBeNull();
  });
});
