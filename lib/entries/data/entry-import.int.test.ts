import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { members } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg, storedWeeks } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { weeksToCsv } from "@/lib/entries/csv";
import { csvColumnNames, csvHeader } from "@/lib/entries/csv-headers";
import { csvLanguage, csvLanguages } from "@/lib/entries/csv-languages";
import { importWeeksDefinition, previewImportDefinition } from "@/lib/entries/import-definitions";
import { ValidationError } from "@/lib/errors";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";
import { exportOrganization, importWeeks, previewImport } from "./entry-import";
import { listMetrics } from "./funnel";
import { renameMetric } from "./funnel-admin";
import { eachPageOfWeeks, listAllWeeks } from "./weeks";

const LATEST = { latestWeek: "2026-W47", latestWeekStart: "2026-11-16" };

describeDb("importing weeks from a spreadsheet", () => {
  it("previews without writing, imports all or nothing, and creates unknown reps as invited", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const bad = [
      "email;week;calls;conversations;hours;notWorked",
      `${rep.email};2026-W45;100;30;"7,5";`,
      `${rep.email};2026-W46;30;38;;`,
      "new.rep@example.test;2026-11-09;50;10;;",
      "new.rep@example.test;2026-W44;;;;ja",
    ].join("\n");
    const request = { csv: bad, createMissingMembers: true, confirmedLargeValues: false, ...LATEST };
    const preview = await previewImport(org.ctx, request);
    expect(preview.counts).toEqual({ create: 3, update: 0, unchanged: 0, error: 1 });
    expect(preview.rows[1]?.errors).toEqual([
      { column: "conversations", error: { key: "stageExceedsPrevious", values: { max: 30 } } },
    ]);
    await expect(importWeeks(org.ctx, request)).rejects.toEqual(
      new ValidationError({ csv: { key: "importHasErrors", values: { count: 1 } } }),
    );
    const db = await testDb();
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(0);
    expect(await db.select().from(members).where(eq(members.email, "new.rep@example.test"))).toHaveLength(0);

    const fixed = { ...request, csv: bad.replace("2026-W46;30;38", "2026-W46;40;38") };
    const done = await importWeeks(org.ctx, fixed);
    expect(done.counts).toEqual({ create: 4, update: 0, unchanged: 0, error: 0 });
    const [created] = await db.select().from(members).where(eq(members.email, "new.rep@example.test"));
    expect(created).toMatchObject({
      orgId: org.ctx.org.id,
      role: "rep",
      status: "invited",
      startedOn: "2026-10-26",
    });
    const weeks = await storedWeeks(org.ctx.org.id, rep.memberId);
    expect(weeks.find((w) => w.weekStart === "2026-11-02")?.values).toEqual({
      calls: 100,
      conversations: 30,
      hours: 7.5,
    });
    const off = await storedWeeks(org.ctx.org.id, created!.id);
    expect(off.find((w) => w.weekStart === "2026-10-26")).toMatchObject({ notWorked: true, values: {} });
    expect(await auditOf(org.ctx.org.id, "week.created")).toHaveLength(4);
    expect(await auditOf(org.ctx.org.id, "weeks.imported")).toHaveLength(1);
  });

  it("a round trip import → export → import changes nothing, in both languages and separators", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const csv = [
      "email,week,calls,conversations,appointments,hours,talkMinutes,notWorked",
      `${rep.email},2026-W44,160,30,3,"12,25",320.5,false`,
      `${rep.email},2026-W45,,,,,,true`,
      `${org.email},2026-W45,106,38,9,30,,false`,
    ].join("\n");
    const request = { csv, createMissingMembers: false, confirmedLargeValues: false, ...LATEST };
    await importWeeks(org.ctx, request);
    const before = await storedWeeks(org.ctx.org.id);
    const funnel = await listMetrics(org.ctx);
    const names = csvColumnNames(funnel, csvLanguages());
    const exported = (await listAllWeeks(org.ctx)).map((w) => ({ ...w, week: isoWeekOfDate(w.weekStart) }));
    for (const locale of ["en", "nl"] as const) {
      const header = csvHeader(csvLanguage(locale), funnel, names);
      for (const dialect of ["comma", "semicolon"] as const) {
        const csv = weeksToCsv(exported, header, dialect);
        expect(csv.split("\r\n")[0]).toContain(locale === "nl" ? "Beslissers gesproken" : "Decision-maker");
        const again = await importWeeks(org.ctx, { ...request, csv });
        expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 3, error: 0 });
      }
    }
    const after = await storedWeeks(org.ctx.org.id);
    const key = (w: (typeof before)[number]) => `${w.memberId}${w.weekStart}`;
    expect(after.map((w) => [key(w), w.values, w.notWorked, w.version]).sort()).toEqual(
      before.map((w) => [key(w), w.values, w.notWorked, w.version]).sort(),
    );
  });

  it("reads headers in Dutch and by the owner's own names, and names problems by the header as written", async () => {
    const org = await newOrg();
    await renameMetric(org.ctx, "calls", "Belpogingen");
    const csv = `E-mail;Week;Belpogingen;Beslissers gesproken;Niet gewerkt\n${org.email};2026-W45;12;13;nee\n`;
    const request = { csv, createMissingMembers: false, confirmedLargeValues: false, ...LATEST };
    const preview = await previewImport(org.ctx, request);
    expect(preview.headers).toMatchObject({ calls: "Belpogingen", conversations: "Beslissers gesproken" });
    expect(preview.rows[0]?.errors).toEqual([
      { column: "conversations", error: { key: "stageExceedsPrevious", values: { max: 12 } } },
    ]);
    await importWeeks(org.ctx, { ...request, csv: csv.replace(";12;13;", ";14;13;") });
    expect((await storedWeeks(org.ctx.org.id))[0]?.values).toEqual({ calls: 14, conversations: 13 });
  });

  it("the JSON export holds the organization, funnel, members and weeks, costs only when allowed", async () => {
    const org = await newOrg();
    await importWeeks(org.ctx, {
      csv: `email,week,calls\n${org.email},2026-W45,5\n`,
      createMissingMembers: false,
      confirmedLargeValues: false,
      ...LATEST,
    });
    const data = await exportOrganization(org.ctx, { includeCosts: false });
    expect(data.organization?.slug).toBe(org.slug);
    expect(data.funnel.map((m) => m.key)).toContain("conversations");
    expect(data.members).toEqual([expect.objectContaining({ email: org.email, role: "owner" })]);
    expect(JSON.stringify(data)).not.toMatch(/argon2|password|cost|"pay"/i);
    expect(data.weeks).toEqual([
      expect.objectContaining({ week: "2026-W45", metrics: { calls: 5 }, version: 1 }),
    ]);
    const withCosts = await exportOrganization(org.ctx, { includeCosts: true });
    expect(withCosts.members[0]).toHaveProperty("pay", []);
  });

  it("the downloads read the weeks a page at a time: the same weeks whatever the page size", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const weeks = ["2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44"];
    await importWeeks(org.ctx, {
      csv: `email,week,calls\n${weeks.flatMap((w, i) => [`${org.email},${w},${i}`, `${rep.email},${w},${i + 10}`]).join("\n")}\n`,
      createMissingMembers: false,
      confirmedLargeValues: false,
      ...LATEST,
    });
    const whole = await exportOrganization(org.ctx, { includeCosts: false });
    expect(whole.weeks).toHaveLength(10);
    expect(await exportOrganization(org.ctx, { includeCosts: false }, 3)).toEqual(whole);
    const paged: unknown[] = [];
    const sizes: number[] = [];
    await eachPageOfWeeks(
      org.ctx,
      async (page) => {
        sizes.push(page.length);
        paged.push(...page);
      },
      4,
    );
    expect(sizes).toEqual([4, 4, 2]);
    expect(paged).toEqual(await listAllWeeks(org.ctx));
  });

  it("the import actions: managers only, and never into another organization", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const rep = await addMember(org);
    const input = { csv: `email,week,calls\n${rep.email},2026-W45,5\n`, createMissingMembers: "on" };
    const preview = await executeOrgAction(previewImportDefinition, org.userId, org.slug, input);
    expect(preview).toMatchObject({ ok: true, data: { plan: { counts: { create: 1, error: 0 } } } });
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(0);

    expect(await executeOrgAction(importWeeksDefinition, rep.userId, org.slug, input)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await executeOrgAction(importWeeksDefinition, other.userId, org.slug, input)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    // Into one's own organization, another organization's rep is just an unknown email:
    // it would become a new, separate member there, never touch the other organization.
    const own = await executeOrgAction(importWeeksDefinition, other.userId, other.slug, {
      ...input,
      createMissingMembers: "",
    });
    expect(own).toMatchObject({ ok: false, code: "validation_failed" });
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(0);
    expect(await storedWeeks(other.ctx.org.id)).toHaveLength(0);

    expect(await executeOrgAction(importWeeksDefinition, org.userId, org.slug, input)).toMatchObject({
      ok: true,
    });
    expect(await storedWeeks(org.ctx.org.id, rep.memberId)).toHaveLength(1);
  });
});
