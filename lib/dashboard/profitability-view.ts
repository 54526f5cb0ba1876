// Profitability per rep, pure: what each rep cost over the chosen weeks against what their work
// is worth, from the KPI engine (repProfitability). The page and GET /profitability both read
// these rows. Records and results are grouped by member once; each rep is one pass over weeks.
import { groupBy } from "@/lib/kpi/group-by";
import {
  type AppointmentValueModel,
  type PayChange,
  type RepProfitability,
  repProfitability,
  type WonResult,
} from "@/lib/kpi/profitability";
import type { WeekRecord } from "@/lib/kpi/types";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";
import type { LaggingEntry } from "./lagging-view";

/** A rep's results for one week (the Monday, "YYYY-MM-DD"). */
export type LaggingWeek = LaggingEntry & { weekStart: string };

export interface ProfitabilityPerson {
  id: string;
  name: string;
  /** ISO date of the first working day. */
  startedOn: string;
  /** ISO date of the deactivation, in the organization's time zone; null while employed. */
  deactivatedOn: string | null;
}

export interface ProfitabilityRow {
  person: ProfitabilityPerson;
  /** Oldest first; empty when no pay was ever set. */
  pay: PayChange[];
  /** null without any pay: there is no cost to weigh the value against. */
  money: RepProfitability | null;
}

export interface ProfitabilityInput {
  people: readonly ProfitabilityPerson[];
  /** Every week record from the earliest start up to the period's end. */
  records: readonly WeekRecord[];
  /** Lagging results in the same span. */
  lagging: readonly LaggingWeek[];
  pay: ReadonlyMap<string, PayChange[]>;
  valueModel: AppointmentValueModel | null;
  grossMargin: number;
  fromWeek: string;
  toWeek: string;
}

export function buildProfitability(input: ProfitabilityInput): ProfitabilityRow[] {
  const records = groupBy(input.records, (r) => r.memberId);
  const results = groupBy(input.lagging, (l) => l.memberId);
  return input.people.map((person) => {
    const pay = input.pay.get(person.id) ?? [];
    if (pay.length === 0) return { person, pay, money: null };
    const won: WonResult[] = (results.get(person.id) ?? []).map((l) => ({
      week: isoWeekOfDate(l.weekStart),
      revenueWon: l.revenueWon,
    }));
    const money = repProfitability({
      startWeek: isoWeekOfDate(person.startedOn),
      lastEmployedWeek: person.deactivatedOn ? isoWeekOfDate(person.deactivatedOn) : null,
      pay,
      records: records.get(person.id) ?? [],
      results: won,
      fromWeek: input.fromWeek,
      toWeek: input.toWeek,
      grossMargin: input.grossMargin,
      valueModel: input.valueModel,
    });
    return { person, pay, money };
  });
}
