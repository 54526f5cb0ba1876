import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { z } from "zod";
import { members, organizations } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { newOrg as sharedNewOrg } from "@/db/test/orgs";
import { inOrg } from "@/lib/data/tenant-tx";
import { executeOrgAction, type OrgActionDefinition } from "./execute";

// A real mutation through the builder: rename the organization (owners only).
const rename: OrgActionDefinition<z.ZodObject<{ name: z.ZodString }>> = {
  schema: z.object({ name: z.string().trim().min(1, { error: "required" }) }),
  permission: "settings.manage",
  handler: async ({ name }, ctx) =>
    inOrg(ctx, (tx) => tx.update(organizations).set({ name }).where(eq(organizations.id, ctx.org.id))),
};

const newOrg = () => sharedNewOrg({ orgName: "Before", today: "2026-11-23" });

async function orgName(slug: string) {
  const db = await testDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  return org?.name;
}

describeDb("the action builder", () => {
  it("answers each caller with the right outcome and changes nothing when denied", async () => {
    const a = await newOrg();
    const b = await newOrg();

    const anonymous = await executeOrgAction(rename, null, a.slug, { name: "X" });
    expect(anonymous).toMatchObject({ ok: false, code: "unauthorized", status: 401 });

    const foreign = await executeOrgAction(rename, b.userId, a.slug, { name: "X" });
    expect(foreign).toMatchObject({ ok: false, code: "not_found", status: 404 });

    const missing = await executeOrgAction(rename, a.userId, "no-such-org", { name: "X" });
    expect(missing).toEqual(foreign); // missing and foreign are indistinguishable

    const db = await testDb();
    const [orgA] = await db.select().from(organizations).where(eq(organizations.slug, a.slug));
    await db.update(members).set({ role: "rep" }).where(eq(members.userId, a.userId));
    const rep = await executeOrgAction(rename, a.userId, a.slug, { name: "X" });
    expect(rep).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    await db.update(members).set({ role: "owner" }).where(eq(members.orgId, orgA!.id));

    const invalid = await executeOrgAction(rename, a.userId, a.slug, { name: "  " });
    expect(invalid).toMatchObject({
      ok: false,
      code: "validation_failed",
      fields: { name: { key: "required" } },
    });
    expect(await orgName(a.slug)).toBe("Before");

    const ok = await executeOrgAction(rename, a.userId, a.slug, { name: "After" });
    expect(ok.ok).toBe(true);
    expect(await orgName(a.slug)).toBe("After");
    expect(await orgName(b.slug)).toBe("Before");
  });

  it("turns an unexpected failure into a generic internal outcome", async () => {
    const a = await newOrg();
    const failing = {
      ...rename,
      handler: async () => {
        throw new Error("boom: secret detail");
      },
    };
    const outcome = await executeOrgAction(failing, a.userId, a.slug, { name: "X" });
    expect(outcome).toEqual({ ok: false, code: "internal", status: 500, message: { key: "internal" } });
  });
});
