// Profitability per rep, pure: what each rep cost over the chosen weeks against what their
// booked appointments are worth, from the KPI engine. The value of an appointment is the
// revenue actually won where results were entered for the rep in those weeks, else the
// organization's value model (show rate x close rate x average deal value). Where neither a
// cost nor a value is known the row says which is missing instead of showing a number.
import { tenureWeek } from "@/lib/kpi/benchmark";
import { isoWeekOfDate } from "@/lib/kpi/iso-week";
import { poolWeeks } from "@/lib/kpi/pooling";
import {
  type AppointmentValueModel,
  appointmentValue,
  type CostModel,
  computeProfitability,
  costOfWeek,
  type Profitability,
  paybackTenureWeek,
} from "@/lib/kpi/profitability";
import type { MetricDefinition, WeekRecord } from "@/lib/kpi/types";
import type { LaggingEntry } from "./lagging-view";

/** A rep's results for one week (the Monday, "YYYY-MM-DD"). */
export type LaggingWeek = LaggingEntry & { weekStart: string };

export interface ProfitabilityPerson {
  id: string;
  name: string;
  /** ISO date of the first working day. */
  startedOn: string;
}

export type ProfitabilityRow =
  | {
      kind: "missing";
      person: ProfitabilityPerson;
      cost: CostModel | null;
      /** No cost set; no value (no results and no value model); paid by the hour but no hours logged. */
      missing: "cost" | "value" | "hours";
    }
  | {
      kind: "computed";
      person: ProfitabilityPerson;
      cost: CostModel;
      money: Profitability;
      /** The tenure week in which cumulative value first covered cumulative cost (whole history). */
      paybackWeek: number | null;
      /** The rep's tenure at the end of the period, for "not yet paid back after N weeks". */
      tenureNow: number;
    };

export interface ProfitabilityInput {
  metrics: readonly MetricDefinition[];
  people: readonly ProfitabilityPerson[];
  /** Every week record from the earliest start up to the period's end. */
  records: readonly WeekRecord[];
  /** Lagging results in the same span. */
  lagging: readonly LaggingWeek[];
  costs: ReadonlyMap<string, CostModel>;
  valueModel: AppointmentValueModel | null;
  fromWeek: string;
  toWeek: string;
}

const inPeriod = (week: string, from: string, to: string) => week >= from && week <= to;

export function buildProfitability(input: ProfitabilityInput): ProfitabilityRow[] {
  return input.people.map((person): ProfitabilityRow => {
    const cost = input.costs.get(person.id) ?? null;
    const records = input.records.filter((r) => r.memberId === person.id);
    const results = input.lagging.filter((l) => l.memberId === person.id);
    const periodResults = results.filter((l) =>
      inPeriod(isoWeekOfDate(l.weekStart), input.fromWeek, input.toWeek),
    );
    const useWonRevenue = periodResults.length > 0;
    if (!cost) return { kind: "missing", person, cost, missing: "cost" };
    if (!useWonRevenue && !input.valueModel) return { kind: "missing", person, cost, missing: "value" };

    const pooled = poolWeeks(
      records.filter((r) => inPeriod(r.week, input.fromWeek, input.toWeek)),
      input.metrics,
    );
    // An hourly rate without logged hours would make the rep look free.
    if (cost.kind === "hourly" && pooled.weeksWithData > 0 && !pooled.loggedKeys.includes("hours")) {
      return { kind: "missing", person, cost, missing: "hours" };
    }
    const money = computeProfitability({
      totals: {
        calls: pooled.totals.calls ?? 0,
        appointments: pooled.totals.appointments ?? 0,
        hours: pooled.totals.hours ?? 0,
        weeksWithData: pooled.weeksWithData,
        weeksOff: pooled.weeksOff,
        wonRevenue: useWonRevenue ? sumCents(periodResults.map((l) => l.revenueWon)) : undefined,
      },
      cost,
      value: input.valueModel ?? undefined,
    });

    // Payback over the whole history, week by week of tenure, valued the same way.
    const startWeek = isoWeekOfDate(person.startedOn);
    const perAppointment = input.valueModel ? appointmentValue(input.valueModel) : 0;
    const revenueByWeek = new Map(results.map((l) => [isoWeekOfDate(l.weekStart), l.revenueWon]));
    const series = records
      .filter((r) => r.week <= input.toWeek && tenureWeek(startWeek, r.week) >= 1)
      .map((r) => ({
        tenureWeek: tenureWeek(startWeek, r.week),
        cost: costOfWeek(cost, r.notWorked ? 0 : (r.values.hours ?? 0)),
        value: r.notWorked
          ? 0
          : useWonRevenue
            ? (revenueByWeek.get(r.week) ?? 0)
            : (r.values.appointments ?? 0) * perAppointment,
      }));
    return {
      kind: "computed",
      person,
      cost,
      money,
      paybackWeek: paybackTenureWeek(series),
      tenureNow: Math.max(0, tenureWeek(startWeek, input.toWeek)),
    };
  });
}

function sumCents(amounts: readonly number[]): number {
  return amounts.reduce((sum, amount) => Math.round((sum + amount) * 100) / 100, 0);
}
