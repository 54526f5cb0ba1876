// Bad input that used to end in a 500: each must be a field error with nothing stored.
import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { apiKeys, members, surveyRounds } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg, storedWeeks } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { createApiKey } from "@/lib/api/data/api-keys";
import { createMemberRoute } from "@/lib/api/routes/members";
import { upsertWeek } from "@/lib/entries/data/weeks";
import { addMetricDefinition } from "@/lib/entries/funnel-definitions";
import { parseMetricValue } from "@/lib/entries/validate-week";
import { createApiKeyDefinition } from "@/lib/settings/definitions";
import { openRoundDefinition } from "@/lib/survey/definitions";
import { inviteMemberDefinition } from "@/lib/teams/definitions";

async function apiPost(key: string, body: unknown) {
  const response = await createMemberRoute.handle(
    new Request("http://localhost/api/v1/members", {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, body: await response.json() };
}

describeDb("bad input gives a field error, never a 500", () => {
  it("a NUL character in any text, through actions and the API", async () => {
    const org = await newOrg();
    const nul = "Q4\u0000round";
    for (const [definition, input, field] of [
      [openRoundDefinition, { title: nul, privacy: "named" }, "title"],
      [addMetricDefinition, { key: "demos", label: nul, kind: "time" }, "label"],
      [
        inviteMemberDefinition,
        { email: "x@example.test", name: nul, role: "rep", startedOn: "2026-01-05" },
        "name",
      ],
    ] as const) {
      const outcome = await executeOrgAction(definition as never, org.userId, org.slug, input);
      expect(outcome).toMatchObject({
        ok: false,
        status: 422,
        fields: { [field]: { key: "invalidCharacters" } },
      });
    }
    const { key } = await createApiKey(org.ctx, { name: "k" });
    const api = await apiPost(key, {
      email: "y@example.test",
      name: "A\u0000B",
      role: "rep",
      startedOn: "2026-01-05",
    });
    expect(api.status).toBe(422);
    expect(api.body.error.fields).toHaveProperty("name");
    const db = await testDb();
    expect(await db.select().from(surveyRounds).where(eq(surveyRounds.orgId, org.ctx.org.id))).toEqual([]);
    expect(await db.select().from(members).where(eq(members.orgId, org.ctx.org.id))).toHaveLength(1);
  });

  it("a start date of 0000-01-01 and an API key expiry of 9999-99-99", async () => {
    const org = await newOrg();
    const invite = await executeOrgAction(inviteMemberDefinition, org.userId, org.slug, {
      email: "z@example.test",
      name: "Z",
      role: "rep",
      startedOn: "0000-01-01",
    });
    expect(invite).toMatchObject({
      ok: false,
      status: 422,
      fields: { startedOn: { key: "dateOutOfRange" } },
    });
    const { key } = await createApiKey(org.ctx, { name: "k" });
    const api = await apiPost(key, {
      email: "w@example.test",
      name: "W",
      role: "rep",
      startedOn: "0000-01-01",
    });
    expect(api.status).toBe(422);
    expect(api.body.error.fields).toHaveProperty("startedOn");
    for (const expiresOn of ["9999-99-99", "2027-02-30", "0000-01-01", "99999-01-01"]) {
      const outcome = await executeOrgAction(createApiKeyDefinition, org.userId, org.slug, {
        name: "x",
        expiresOn,
      });
      expect(outcome).toMatchObject({ ok: false, status: 422, fields: { expiresOn: {} } });
    }
    const db = await testDb();
    expect(
      await db
        .select()
        .from(apiKeys)
        .where(and(eq(apiKeys.orgId, org.ctx.org.id), eq(apiKeys.name, "x"))),
    ).toEqual([]);
  });

  it("1e-7 hours fails the two-decimal rule", () => {
    expect(parseMetricValue(1e-7, "hours")).toEqual({
      ok: false,
      error: { key: "tooManyDecimals", values: { max: 2 } },
    });
    expect(parseMetricValue(1.5e-3, "hours")).toMatchObject({ ok: false });
    expect(parseMetricValue(7.25, "hours")).toEqual({ ok: true, value: 7.25 });
    expect(parseMetricValue(1e3, "count")).toEqual({ ok: true, value: 1000 });
  });

  it("two concurrent first writes of a week without a version: the second updates, no conflict", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const write = (calls: string) =>
      upsertWeek(org.ctx, {
        memberId: rep.memberId,
        weekStart: "2026-11-02",
        values: { calls },
        notWorked: false,
      });
    for (const weekStart of ["2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26"]) {
      const at = (calls: string) =>
        upsertWeek(org.ctx, { memberId: rep.memberId, weekStart, values: { calls }, notWorked: false });
      const results = await Promise.allSettled([at("10"), at("20")]);
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : r.status))).toEqual([
        "fulfilled",
        "fulfilled",
      ]);
    }
    await write("1");
    const weeks = await storedWeeks(org.ctx.org.id, rep.memberId);
    expect(weeks).toHaveLength(6);
    expect(weeks.filter((w) => w.weekStart !== "2026-11-02").every((w) => w.version === 2)).toBe(true);
  });
});
