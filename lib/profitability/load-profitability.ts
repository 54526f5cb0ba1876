import "server-only";
import { loadKeptWeekRecords, loadKpiSetup, membersWhoLogged } from "@/lib/dashboard/data/kpi-data";
// Everything profitability reads, for the page and GET /profitability alike: the people who
// sell or are paid, their whole history up to the period's end (payback counts from each
// rep's start), results, pay histories and the organization's value settings.
import { buildProfitability, type ProfitabilityRow } from "@/lib/dashboard/profitability-view";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { listLaggingResults } from "@/lib/entries/data/lagging";
import { sells } from "@/lib/entries/expected-weeks";
import type { AppointmentValueModel } from "@/lib/kpi/profitability";
import { type PageOf, pageOf } from "@/lib/paging";
import { listPayHistories } from "@/lib/profitability/data/member-pay";
import { getOrgSettings } from "@/lib/settings/data/org-settings";
import { todayIn } from "@/lib/weeks/calendar";
import { isoWeekOfDate, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

export interface LoadedProfitability {
  rows: ProfitabilityRow[];
  /** Where rows sit among everyone (all of them on one page when no page was asked). */
  page: Omit<PageOf<unknown>, "rows">;
  valueModel: AppointmentValueModel | null;
  grossMargin: number;
  currency: string;
}

/**
 * `page`: only that page of people (by name) is read and computed; each row depends on its
 * own person alone, so a page of 25 costs the same whatever the organization's size.
 */
export async function loadProfitability(
  ctx: OrgContext,
  period: { fromWeek: string; toWeek: string },
  page?: { number: number; size: number },
): Promise<LoadedProfitability> {
  const [setup, settings, pay] = await Promise.all([
    loadKpiSetup(ctx),
    getOrgSettings(ctx),
    listPayHistories(ctx),
  ]);
  const earliest = setup.members.map((m) => m.startedOn).sort()[0] ?? mondayDateOfIsoWeek(period.fromWeek);
  const span = {
    fromWeekStart: mondayDateOfIsoWeek(isoWeekOfDate(earliest)),
    toWeekStart: mondayDateOfIsoWeek(period.toWeek),
  };
  const logging = await membersWhoLogged(ctx, span);
  // Reps, anyone else who logs weeks, and anyone who is paid: a salary costs without a log.
  const everyone = setup.members
    .filter((m) => sells({ role: m.role, logsWeeks: logging.has(m.id) }) || pay.has(m.id))
    .map((m) => ({
      id: m.id,
      name: m.name,
      startedOn: m.startedOn,
      deactivatedOn:
        m.status === "deactivated" && m.deactivatedAt ? todayIn(ctx.org.timeZone, m.deactivatedAt) : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const { rows: people, ...where } = pageOf(
    everyone,
    page?.number ?? 1,
    page?.size ?? Math.max(1, everyone.length),
  );
  const ids = people.map((p) => p.id);
  const [records, lagging] = await Promise.all([
    // A page of 25 people's whole history: kept while their weeks do not change.
    loadKeptWeekRecords(ctx, { ...span, memberIds: ids }),
    // Each row depends on its own person alone: only the page's people's results.
    listLaggingResults(ctx, { ...span, memberIds: ids }),
  ]);
  const valueModel =
    settings.showRate !== null && settings.closeRate !== null && settings.averageDealValue !== null
      ? {
          showRate: settings.showRate,
          closeRate: settings.closeRate,
          averageDealValue: settings.averageDealValue,
        }
      : null;
  const rows = buildProfitability({
    people,
    records,
    lagging,
    pay,
    valueModel,
    grossMargin: settings.grossMargin,
    fromWeek: period.fromWeek,
    toWeek: period.toWeek,
  });
  return { rows, page: where, valueModel, grossMargin: settings.grossMargin, currency: setup.currency };
}
