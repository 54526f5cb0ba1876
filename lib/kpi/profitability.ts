// Profitability per rep: what a rep costs against what their work is worth, week by week of
// employment. Money is in the organization's currency; nothing here knows which one.
// A salary is paid whether or not the rep logged the week, so cost runs over every week of
// employment; a value is only counted where it is known (won revenue) or modelled (visibly).
import {
  addIsoWeeks,
  compareIsoWeeks,
  isoWeekOfDate,
  isoWeeksBetween,
  parseIsoWeek,
} from "@/lib/weeks/iso-week";
import type { WeekRecord } from "./types";

/** A month of pay is 52/12 weeks. */
export const WEEKS_PER_MONTH = 52 / 12;

export type PayKind = "hourly" | "monthly";

/** One change of pay: from the ISO week holding `effectiveFrom` until the next change. */
export interface PayChange {
  kind: PayKind;
  /** Per hour or per month. */
  amount: number;
  /** YYYY-MM-DD. */
  effectiveFrom: string;
}

/** What one booked appointment brings in on average: show rate x close rate x deal value. */
export interface AppointmentValueModel {
  showRate: number;
  closeRate: number;
  averageDealValue: number;
}

/** Revenue won, entered for the ISO week `week` (a month's results are entered on its first week). */
export interface WonResult {
  week: string;
  revenueWon: number;
}

export interface RepProfitabilityInput {
  /** ISO week of the rep's start: tenure week 1. */
  startWeek: string;
  /** ISO week of the deactivation; null while still employed. */
  lastEmployedWeek: string | null;
  pay: readonly PayChange[];
  /** This rep's week records (any span; weeks outside employment are ignored). */
  records: readonly WeekRecord[];
  results: readonly WonResult[];
  /** The range the totals are for; payback runs from tenure week 1 to `toWeek`. */
  fromWeek: string;
  toWeek: string;
  /** Share of revenue that is gross profit, 0..1 (the organization's setting). */
  grossMargin: number;
  valueModel: AppointmentValueModel | null;
}

export type ValueBasis = "won" | "model" | "mixed";

export interface RepProfitability {
  cost: number;
  /** False when a week's cost is unknown (hourly without hours, or no pay set for it). */
  costComplete: boolean;
  weeksEmployed: number;
  /** Worked weeks of an hourly rep without recorded hours: not priced. */
  weeksWithoutHours: number;
  /** Employed weeks with no pay in force (before the first pay change). */
  weeksWithoutPay: number;
  value: number;
  valueBasis: ValueBasis;
  /** False when some weeks fall back to a value model the organization has not set. */
  valueComplete: boolean;
  appointments: number;
  valueToCost: number | null;
  breakEvenAppointmentsPerWeek: number | null;
  /** First tenure week from which cumulative value stays at or above cumulative cost. */
  paybackTenureWeek: number | null;
  /** Tenure week of the range's end (0 or less before the start). */
  tenureAtEnd: number;
}

export function repProfitability(input: RepProfitabilityInput): RepProfitability {
  const { startWeek, fromWeek, toWeek, grossMargin, valueModel } = input;
  for (const week of [startWeek, fromWeek, toWeek]) parseIsoWeek(week);
  if (compareIsoWeeks(fromWeek, toWeek) > 0) throw new RangeError(`${fromWeek} is after ${toWeek}.`);
  assertFraction(grossMargin, "grossMargin");
  const perAppointment = valueModel ? appointmentValue(valueModel) * grossMargin : null;
  const pay = sortedPay(input.pay);
  const records = new Map<string, WeekRecord>();
  for (const record of input.records) {
    if (records.has(record.week)) throw new RangeError(`Two records for ${record.week}.`);
    records.set(record.week, record);
  }
  const won = new Map<string, number>();
  for (const result of input.results) {
    assertNonNegative(result.revenueWon, `revenue won in ${result.week}`);
    won.set(result.week, (won.get(result.week) ?? 0) + result.revenueWon);
  }
  // Won revenue values the weeks from the first to the last week with results; a month
  // entered on its first week covers the weeks after it, so a week inside this span without
  // a row is worth 0 rather than modelled (that would count it twice).
  const resultWeeks = [...won.keys()].sort(compareIsoWeeks);
  const wonFrom = resultWeeks[0];
  const wonTo = resultWeeks.at(-1);
  const endWeek =
    input.lastEmployedWeek !== null && compareIsoWeeks(input.lastEmployedWeek, toWeek) < 0
      ? input.lastEmployedWeek
      : toWeek;

  const totals = {
    cost: 0,
    value: 0,
    appointments: 0,
    weeksEmployed: 0,
    weeksWithoutHours: 0,
    weeksWithoutPay: 0,
    wonWeeks: 0,
    modelWeeks: 0,
    unvaluedWeeks: 0,
  };
  let cumulativeCost = 0;
  let cumulativeValue = 0;
  let lastWeekBehind = 0;
  let tenure = 0;
  let payIndex = -1;
  // Validated "YYYY-Www" labels sort as text: no parsing inside the loop.
  for (let week = startWeek; week <= endWeek; week = addIsoWeeks(week, 1)) {
    tenure += 1;
    while (payIndex + 1 < pay.length && (pay[payIndex + 1]?.week ?? "") <= week) {
      payIndex += 1;
    }
    const payNow = pay[payIndex];
    const record = records.get(week);
    const worked = record !== undefined && !record.notWorked;
    const hours = worked ? record.values.hours : undefined;

    let cost = 0;
    let costKnown = true;
    if (!payNow) costKnown = false;
    // amount x 12 / 52 rather than amount / (52 / 12): exact for whole amounts.
    else if (payNow.kind === "monthly") cost = (payNow.amount * 12) / 52;
    else if (hours !== undefined) cost = payNow.amount * hours;
    else if (worked) costKnown = false;

    const byWon = wonFrom !== undefined && wonTo !== undefined && week >= wonFrom && week <= wonTo;
    const appointments = worked ? (record.values.appointments ?? 0) : 0;
    let value = 0;
    if (byWon) value = (won.get(week) ?? 0) * grossMargin;
    else if (perAppointment !== null) value = appointments * perAppointment;

    cumulativeCost += cost;
    cumulativeValue += value;
    if (!(cumulativeValue > 0 && cumulativeValue >= cumulativeCost)) lastWeekBehind = tenure;

    if (week < fromWeek) continue;
    totals.weeksEmployed += 1;
    totals.cost += cost;
    totals.value += value;
    totals.appointments += appointments;
    if (!costKnown && payNow) totals.weeksWithoutHours += 1;
    if (!payNow) totals.weeksWithoutPay += 1;
    if (byWon) totals.wonWeeks += 1;
    else if (perAppointment !== null) totals.modelWeeks += 1;
    else totals.unvaluedWeeks += 1;
  }

  const costPerWeek = totals.weeksEmployed > 0 ? totals.cost / totals.weeksEmployed : null;
  const valuePerAppointment = totals.appointments > 0 ? totals.value / totals.appointments : perAppointment;
  return {
    cost: totals.cost,
    costComplete: totals.weeksWithoutHours === 0 && totals.weeksWithoutPay === 0,
    weeksEmployed: totals.weeksEmployed,
    weeksWithoutHours: totals.weeksWithoutHours,
    weeksWithoutPay: totals.weeksWithoutPay,
    value: totals.value,
    valueBasis:
      totals.wonWeeks > 0 && totals.modelWeeks + totals.unvaluedWeeks > 0
        ? "mixed"
        : totals.wonWeeks > 0
          ? "won"
          : "model",
    valueComplete: totals.unvaluedWeeks === 0,
    appointments: totals.appointments,
    valueToCost: totals.cost > 0 ? totals.value / totals.cost : null,
    breakEvenAppointmentsPerWeek:
      costPerWeek !== null && valuePerAppointment !== null && valuePerAppointment > 0
        ? costPerWeek / valuePerAppointment
        : null,
    paybackTenureWeek: tenure > 0 && lastWeekBehind < tenure ? lastWeekBehind + 1 : null,
    tenureAtEnd: isoWeeksBetween(startWeek, toWeek) + 1,
  };
}

/** Pay changes in order, each with the ISO week it takes effect; two on one week are refused. */
function sortedPay(changes: readonly PayChange[]) {
  const sorted = changes
    .map((change) => {
      assertNonNegative(change.amount, `pay from ${change.effectiveFrom}`);
      return { ...change, week: isoWeekOfDate(change.effectiveFrom) };
    })
    .sort((a, b) => compareIsoWeeks(a.week, b.week));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.week === sorted[i - 1]?.week) {
      throw new RangeError(`Two pay changes take effect in ${sorted[i]?.week}.`);
    }
  }
  return sorted;
}

export function appointmentValue({ showRate, closeRate, averageDealValue }: AppointmentValueModel) {
  assertFraction(showRate, "showRate");
  assertFraction(closeRate, "closeRate");
  assertNonNegative(averageDealValue, "averageDealValue");
  return showRate * closeRate * averageDealValue;
}

function assertNonNegative(amount: number, name: string): void {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${amount}.`);
  }
}

function assertFraction(rate: number, name: string): void {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new RangeError(`${name} must be a fraction between 0 and 1, got ${rate}.`);
  }
}
