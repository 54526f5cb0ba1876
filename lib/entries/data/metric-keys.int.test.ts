// Metric keys index user data (week values, CSV columns, labels). A key that names a property
// every plain object inherits (constructor, toString, __proto__ …) once read that inherited
// property and took the week form, the import and the export down with a 500. New such keys
// are refused; keys stored before the rule still work, because user-keyed data lives in
// prototype-free maps.
import { expect, it } from "vitest";
import { metrics } from "@/db/schema";
import { describeDb, testDb } from "@/db/test/harness";
import { addMember, newOrg } from "@/db/test/orgs";
import { executeOrgAction } from "@/lib/actions/execute";
import { loadKpiSetup, loadWeekRecords } from "@/lib/dashboard/data/kpi-data";
import { weeksToCsv } from "@/lib/entries/csv";
import { csvColumnNames, csvHeader } from "@/lib/entries/csv-headers";
import { csvLanguage, csvLanguages } from "@/lib/entries/csv-languages";
import { addMetricDefinition } from "@/lib/entries/funnel-definitions";
import { ValidationError } from "@/lib/errors";
import { computeKpis } from "@/lib/kpi/kpis";
import { own } from "@/lib/kpi/user-keys";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";
import { exportOrganization, importWeeks, previewImport } from "./entry-import";
import { listMetrics } from "./funnel";
import { addMetric } from "./funnel-admin";
import { listAllWeeks, loadWeekForm, upsertWeek } from "./weeks";

const LATEST = { latestWeek: "2026-W47", latestWeekStart: "2026-11-16" };
const INHERITED = ["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "toLocaleString"];

describeDb("metric keys that name inherited properties", () => {
  it("are refused next to the key field, through the action and the data layer", async () => {
    const org = await newOrg();
    for (const key of [...INHERITED, "__proto__", "__defineGetter__"]) {
      const outcome = await executeOrgAction(addMetricDefinition, org.userId, org.slug, {
        key,
        label: "X",
        kind: "time",
      });
      expect(outcome).toMatchObject({ ok: false, status: 422, fields: { key: { key: expect.any(String) } } });
      await expect(addMetric(org.ctx, { key, label: "X", kind: "time", of: null })).rejects.toEqual(
        new ValidationError({ key: { key: "metricKeyReserved" } }),
      );
    }
    expect((await listMetrics(org.ctx)).map((m) => m.key)).not.toContain("constructor");
  });

  it("stored before the rule, they do not break the week form, the import, the export or the KPIs", async () => {
    const org = await newOrg();
    const rep = await addMember(org);
    const db = await testDb();
    await db
      .insert(metrics)
      .values(
        INHERITED.map((key, i) => ({ orgId: org.ctx.org.id, key, kind: "time" as const, position: 100 + i })),
      );
    await upsertWeek(org.ctx, {
      memberId: rep.memberId,
      weekStart: "2026-11-02",
      values: { calls: "10" },
      notWorked: false,
    });
    await upsertWeek(org.ctx, {
      memberId: rep.memberId,
      weekStart: "2026-11-09",
      values: { calls: "12", toString: "3", constructor: "2" },
      notWorked: false,
    });
    const form = await loadWeekForm(org.ctx, rep.memberId, "2026-11-09", "2026-11-02");
    expect(form.entry?.values).toEqual({ calls: 12, toString: 3, constructor: 2 });
    // What the week page reads for a key the week did not log.
    expect(own(form.previous?.values, "constructor")).toBeUndefined();
    expect(own(form.previous?.values, "toString")).toBeUndefined();

    // Saving the first week again, unchanged, with no value for the odd keys.
    const again = await upsertWeek(org.ctx, {
      memberId: rep.memberId,
      weekStart: "2026-11-02",
      values: { calls: "10" },
      notWorked: false,
    });
    expect(again.changed).toBe(false);

    const funnel = await listMetrics(org.ctx);
    const header = csvHeader(csvLanguage("en"), funnel, csvColumnNames(funnel, csvLanguages()));
    const weeks = (await listAllWeeks(org.ctx)).map((w) => ({ ...w, week: isoWeekOfDate(w.weekStart) }));
    const csv = weeksToCsv(weeks, header, "comma");
    expect(csv.split("\r\n")[1]).toBe(`${rep.email},2026-W45,10,,,,,,,,,,,,,no`);
    const request = { csv, createMissingMembers: false, confirmedLargeValues: false, ...LATEST };
    expect((await previewImport(org.ctx, request)).counts).toEqual({
      create: 0,
      update: 0,
      unchanged: 2,
      error: 0,
    });
    expect((await importWeeks(org.ctx, request)).counts.unchanged).toBe(2);
    expect(JSON.stringify(await exportOrganization(org.ctx, { includeCosts: false }))).toContain(
      '"toString":3',
    );

    const setup = await loadKpiSetup(org.ctx);
    const records = await loadWeekRecords(org.ctx, {
      fromWeekStart: "2026-10-26",
      toWeekStart: "2026-11-16",
    });
    const kpis = computeKpis({ metrics: setup.metrics, weeks: records });
    expect(kpis.totals.calls).toBe(22);
    expect(kpis.totals.toString).toBe(3);
    expect(kpis.totals.valueOf).toBe(0);
  });
});
