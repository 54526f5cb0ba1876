import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { members, weeklyEntries } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, auditOf, newOrg, storedWeeks } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { weeksToCsv } from "@/lib/entries/csv";
import { csvColumnNames, csvHeader } from "@/lib/entries/csv-headers";
import { csvLanguage, csvLanguages } from "@/lib/entries/csv-languages";
import { importWeeksDefinition, previewImportDefinition } from "@/lib/entries/import-definitions";
import { IMPORT_CHUNK_ROWS, SHOWN_ROWS } from "@/lib/entries/import-plan";
import { ValidationError } from "@/lib/errors";
import { addIsoWeeks, isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";
import { exportOrganization, importWeeks, previewImport } from "./entry-import";
import { listMetrics } from "./funnel";
import { renameMetric } from "./funnel-admin";
import { eachPageOfWeeks, listAllWeeks } from "./weeks";

const LATEST = { latestWeek: "2026-W47", latestWeekStart: "2026-11-16" };

/** `reps` x `weeks` rows, the newest week first, each rep's numbers from its week. */
/** An import of these lines, on the test's calendar, without large values confirmed. */
const fileRequest = (
  lines: readonly string[],
  { createMissingMembers }: { createMissingMembers: boolean },
) => ({
  csv: lines.join("\n"),
  createMissingMembers,
  confirmedLargeValues: false,
  ...LATEST,
});

function bigFile(emails: string[], weeks: number) {
  const lines = ["email,week,calls,conversations,appointments,notWorked"];
  for (let w = 1; w <= weeks; w++) {
    emails.forEach((email, r) => {
      const week = addIsoWeeks(LATEST.latestWeek, -w);
      lines.push(
        w % 13 === 0
          ? `${email},${week},,,,yes`
          : `${email},${week},${20 + r + (w % 7)},${w % 9},${w % 3},no`,
      );
    });
  }
  return lines;
}

/** What the file says, as stored weeks: member email, Monday, values, week off. */
function expectedWeeks(lines: string[], memberOf: Map<string, string>) {
  return lines.slice(1).map((line) => {
    const [email = "", week = "", calls, conversations, appointments, off] = line.split(",");
    const values =
      off === "yes"
        ? {}
        : { calls: Number(calls), conversations: Number(conversations), appointments: Number(appointments) };
    return [memberOf.get(email), mondayDateOfIsoWeek(week), values, off === "yes"];
  });
}

const asRows = (weeks: Awaited<ReturnType<typeof storedWeeks>>) =>
  weeks.map((w) => [w.memberId, w.weekStart, w.values, w.notWorked]);
const byKey = (a: unknown[], b: unknown[]) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`);

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

  it("a file of thousands of rows is planned and written a chunk at a time, with the same weeks as one pass", async () => {
    const org = await newOrg();
    const known = [await addMember(org), await addMember(org)];
    const emails = [...known.map((k) => k.email), "new.one@example.test", "new.two@example.test"];
    const lines = bigFile(emails, 550);
    expect(lines.length - 1).toBeGreaterThan(IMPORT_CHUNK_ROWS);
    const request = fileRequest(lines, { createMissingMembers: true });

    const preview = await previewImport(org.ctx, request);
    expect(preview.counts).toEqual({ create: 2_200, update: 0, unchanged: 0, error: 0 });
    expect(preview.totalRows).toBe(2_200);
    expect(preview.rows).toHaveLength(SHOWN_ROWS);
    expect(preview.rows.map((r) => r.line)).toEqual(Array.from({ length: SHOWN_ROWS }, (_, i) => i + 2));
    // Each new rep starts in their earliest week, the file's last chunk.
    const earliest = mondayDateOfIsoWeek(addIsoWeeks(LATEST.latestWeek, -550));
    expect(preview.newMembers).toEqual([
      { email: "new.one@example.test", startedOn: earliest },
      { email: "new.two@example.test", startedOn: earliest },
    ]);
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(0);

    const done = await importWeeks(org.ctx, request);
    expect(done.counts).toEqual(preview.counts);
    const db = await testDb();
    const people = await db.select().from(members).where(eq(members.orgId, org.ctx.org.id));
    const memberOf = new Map(people.map((p) => [p.email, p.id]));
    expect(people.filter((p) => p.status === "invited").map((p) => [p.email, p.startedOn])).toEqual(
      expect.arrayContaining([
        ["new.one@example.test", earliest],
        ["new.two@example.test", earliest],
      ]),
    );
    const stored = asRows(await storedWeeks(org.ctx.org.id)).sort(byKey);
    expect(stored).toEqual(expectedWeeks(lines, memberOf).sort(byKey));
    expect(await auditOf(org.ctx.org.id, "week.created")).toHaveLength(2_200);

    // Again with a correction every 500 rows: only those rows change, the rest reads as stored.
    const corrected = lines.map((line, i) =>
      i > 0 && i % 500 === 0 && line.endsWith(",no") ? line.replace(/,\d+,no$/, ",0,no") : line,
    );
    const changes = corrected.filter((line, i) => line !== lines[i]).length;
    const again = await importWeeks(org.ctx, { ...request, csv: corrected.join("\n") });
    expect(again.counts).toEqual({ create: 0, update: changes, unchanged: 2_200 - changes, error: 0 });
    expect(again.newMembers).toEqual([]);
    const after = asRows(await storedWeeks(org.ctx.org.id)).sort(byKey);
    expect(after).toEqual(expectedWeeks(corrected, memberOf).sort(byKey));
  });

  it("one bad row in the file's last chunk refuses the whole file: no week and no rep is written", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const lines = bigFile([rep.email, "late.rep@example.test", "late.two@example.test"], 1_000);
    expect(lines.length - 1).toBeGreaterThan(IMPORT_CHUNK_ROWS);
    const bad = lines.length - 3;
    lines[bad] = lines[bad]!.replace(/,no$/, ",maybe");
    const request = fileRequest(lines, { createMissingMembers: true });

    const preview = await previewImport(org.ctx, request);
    expect(preview.counts.error).toBe(1);
    // The row with the problem comes first, though it is near the end of the file.
    expect(preview.rows[0]).toMatchObject({ line: bad + 1, action: "error" });
    expect(preview.rows[0]?.errors.map((e) => e.error.key)).toEqual(["invalidNotWorked"]);
    expect(preview.rows).toHaveLength(SHOWN_ROWS);

    await expect(importWeeks(org.ctx, request)).rejects.toEqual(
      new ValidationError({ csv: { key: "importHasErrors", values: { count: 1 } } }),
    );
    const db = await testDb();
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(0);
    expect(await db.select().from(members).where(eq(members.email, "late.rep@example.test"))).toHaveLength(0);
    expect(await auditOf(org.ctx.org.id, "weeks.imported")).toHaveLength(0);
  });

  it("a write refused in a late chunk undoes the chunks written before it", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const lines = bigFile([rep.email, "late.rep@example.test"], 150);
    // A stored week with callbacks counted (by a dialer) beyond the file's conversations: the
    // plan sees an update, the write fills in what was counted and refuses the sum.
    const [, week = ""] = lines[lines.length - 2]!.split(",");
    await importWeeks(org.ctx, {
      csv: `email,week,calls\n${rep.email},${week},1\n`,
      createMissingMembers: false,
      confirmedLargeValues: false,
      ...LATEST,
    });
    const db = await testDb();
    const where = and(
      eq(weeklyEntries.memberId, rep.memberId),
      eq(weeklyEntries.weekStart, mondayDateOfIsoWeek(week)),
    );
    await db.update(weeklyEntries).set({ counted: sql`'{"shortCallbacks": 50}'::jsonb` }).where(where);
    const request = fileRequest(lines, { createMissingMembers: true });
    expect((await previewImport(org.ctx, request, 40)).counts).toMatchObject({ update: 1, error: 0 });

    // Chunks of 40 rows: seven are written before the last one fails.
    await expect(importWeeks(org.ctx, request, 40)).rejects.toBeInstanceOf(ValidationError);
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(1);
    expect(await db.select().from(members).where(eq(members.email, "late.rep@example.test"))).toHaveLength(0);
    expect(await auditOf(org.ctx.org.id, "week.created")).toHaveLength(1);
  });

  it("a file naming another organization's members never reads or touches that organization", async () => {
    const org = await newOrg();
    const other = await newOrg();
    const theirs = [await addMember(other), await addMember(other)];
    const lines = bigFile(
      theirs.map((t) => t.email),
      30,
    );
    const request = fileRequest(lines, { createMissingMembers: false });
    await importWeeks(other.ctx, request);
    const before = asRows(await storedWeeks(other.ctx.org.id)).sort(byKey);
    expect(before).toHaveLength(60);

    // In our organization those emails belong to nobody: unknown, or new reps of our own.
    const preview = await previewImport(org.ctx, request);
    expect(preview.counts).toEqual({ create: 0, update: 0, unchanged: 0, error: 60 });
    expect(preview.rows[0]?.errors.map((e) => e.error.key)).toEqual(["unknownMember"]);
    const created = await importWeeks(org.ctx, { ...request, createMissingMembers: true });
    // Their identical stored weeks are not ours: every row is new here.
    expect(created.counts).toEqual({ create: 60, update: 0, unchanged: 0, error: 0 });

    const db = await testDb();
    const ours = await db.select().from(members).where(eq(members.orgId, org.ctx.org.id));
    const newReps = ours.filter((m) => m.status === "invited");
    expect(newReps.map((m) => m.email).sort()).toEqual(theirs.map((t) => t.email).sort());
    expect(newReps.some((m) => theirs.some((t) => t.memberId === m.id))).toBe(false);
    expect(asRows(await storedWeeks(other.ctx.org.id)).sort(byKey)).toEqual(before);
    expect(await auditOf(other.ctx.org.id, "weeks.imported")).toHaveLength(1);
    expect(await storedWeeks(org.ctx.org.id)).toHaveLength(60);
  });
});
