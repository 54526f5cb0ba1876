// Profitability per rep: what a rep costs against what their booked appointments are worth.
// Money is in the organization's currency; nothing here knows which one.

export type CostModel = { kind: "hourly"; ratePerHour: number } | { kind: "monthly"; perMonth: number };

/** What one booked appointment is worth on average: show rate x close rate x deal value. */
export interface AppointmentValueModel {
  showRate: number;
  closeRate: number;
  averageDealValue: number;
}

export interface ProfitabilityTotals {
  calls: number;
  appointments: number;
  hours: number;
  weeksWithData: number;
  /** Weeks off: a monthly salary is paid in them too (default 0). */
  weeksOff?: number;
  /** Revenue actually won from these appointments; when given it replaces the value model. */
  wonRevenue?: number;
}

export interface ProfitabilityInput {
  totals: ProfitabilityTotals;
  cost: CostModel;
  /** Required unless totals.wonRevenue is given. */
  value?: AppointmentValueModel;
}

export interface Profitability {
  valueSource: "wonRevenue" | "valueModel";
  totalCost: number;
  totalValue: number;
  /** Cost per worked week. */
  costPerWeek: number | null;
  costPerCall: number | null;
  costPerAppointment: number | null;
  valuePerAppointment: number | null;
  valueToCost: number | null;
  /** Appointments per worked week at which value equals cost. */
  breakEvenAppointmentsPerWeek: number | null;
}

export interface TenureWeekMoney {
  tenureWeek: number;
  cost: number;
  value: number;
}

export function computeProfitability({ totals, cost, value }: ProfitabilityInput): Profitability {
  for (const key of ["calls", "appointments", "hours", "weeksWithData"] as const) {
    assertNonNegative(totals[key], `totals.${key}`);
  }
  assertNonNegative(totals.weeksOff ?? 0, "totals.weeksOff");
  const { appointments, weeksWithData, wonRevenue } = totals;
  const paidWeeks = weeksWithData + (totals.weeksOff ?? 0);
  const totalCost = cost.kind === "hourly" ? costOfWeek(cost, totals.hours) : costOfWeek(cost, 0) * paidWeeks;

  let valueSource: Profitability["valueSource"];
  let valuePerAppointment: number | null;
  let totalValue: number;
  if (wonRevenue !== undefined) {
    assertNonNegative(wonRevenue, "totals.wonRevenue");
    valueSource = "wonRevenue";
    valuePerAppointment = appointments > 0 ? wonRevenue / appointments : null;
    totalValue = wonRevenue;
  } else if (value !== undefined) {
    valueSource = "valueModel";
    valuePerAppointment = appointmentValue(value);
    totalValue = valuePerAppointment * appointments;
  } else {
    throw new RangeError("Give a value model (show rate, close rate, deal value) or won revenue.");
  }

  const costPerWeek = weeksWithData > 0 ? totalCost / weeksWithData : null;
  return {
    valueSource,
    totalCost,
    totalValue,
    costPerWeek,
    costPerCall: totals.calls > 0 ? totalCost / totals.calls : null,
    costPerAppointment: appointments > 0 ? totalCost / appointments : null,
    valuePerAppointment,
    valueToCost: totalCost > 0 ? totalValue / totalCost : null,
    breakEvenAppointmentsPerWeek:
      costPerWeek !== null && valuePerAppointment !== null && valuePerAppointment > 0
        ? costPerWeek / valuePerAppointment
        : null,
  };
}

/** One week's cost: hours x rate, or a month's pay spread over 52 weeks (hours unused). */
export function costOfWeek(cost: CostModel, hours: number): number {
  if (cost.kind === "hourly") {
    assertNonNegative(cost.ratePerHour, "ratePerHour");
    assertNonNegative(hours, "hours");
    return cost.ratePerHour * hours;
  }
  assertNonNegative(cost.perMonth, "perMonth");
  return (cost.perMonth * 12) / 52;
}

export function appointmentValue({ showRate, closeRate, averageDealValue }: AppointmentValueModel) {
  assertRate(showRate, "showRate");
  assertRate(closeRate, "closeRate");
  assertNonNegative(averageDealValue, "averageDealValue");
  return showRate * closeRate * averageDealValue;
}

/**
 * The first tenure week in which cumulative value has caught up with cumulative cost, or null
 * if it never does. Some value is required: a rep who has cost nothing and brought nothing
 * has not paid anything back.
 */
export function paybackTenureWeek(series: readonly TenureWeekMoney[]): number | null {
  const ordered = [...series].sort((a, b) => a.tenureWeek - b.tenureWeek);
  for (const [index, point] of ordered.entries()) {
    if (index > 0 && ordered[index - 1]?.tenureWeek === point.tenureWeek) {
      throw new RangeError(`Tenure week ${point.tenureWeek} appears twice.`);
    }
    assertNonNegative(point.cost, `cost in tenure week ${point.tenureWeek}`);
    assertNonNegative(point.value, `value in tenure week ${point.tenureWeek}`);
  }
  let cumulativeCost = 0;
  let cumulativeValue = 0;
  for (const point of ordered) {
    cumulativeCost += point.cost;
    cumulativeValue += point.value;
    if (cumulativeValue > 0 && cumulativeValue >= cumulativeCost) return point.tenureWeek;
  }
  return null;
}

function assertNonNegative(amount: number, name: string): void {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${amount}.`);
  }
}

function assertRate(rate: number, name: string): void {
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) {
    throw new RangeError(`${name} must be a fraction between 0 and 1, got ${rate}.`);
  }
}
