// The contract the rest of the app codes against: the funnel definition and one rep's week.

export type MetricKind = "stage" | "outcome" | "time";

export interface MetricDefinition {
  /** Stable key, e.g. "calls", "conversations", "appointments", "hours", "talkMinutes". */
  key: string;
  /** stage = a funnel step; outcome = a result of a stage; time = hours or talk minutes. */
  kind: MetricKind;
  /**
   * stage: the stage before it (null for the first stage of a channel, e.g. "linkedinMessages");
   * outcome: the stage it is an outcome of; time: null.
   */
  of: string | null;
  /** Display order. */
  position: number;
  /** Retired metrics keep their data and still count in totals when present. */
  retired?: boolean;
}

export interface WeekRecord {
  memberId: string;
  /** ISO week, e.g. "2026-W47". */
  week: string;
  /** A week off: excluded from every total and average (unlike a week of zeros). */
  notWorked: boolean;
  /**
   * Metric key -> value. A missing key means "not logged": 0 in sums, but a rate only counts
   * weeks in which its base was logged (see pooling.ts).
   */
  values: Record<string, number>;
}

/** A closed interval [low, high] within [0, 1]. */
export type Interval = [number, number];

export interface RatioDefinition {
  /** e.g. "appointmentsPerCall". */
  key: string;
  numeratorKey: string;
  denominatorKey: string;
  /** True when either side is a retired metric: the ratio still describes its history. */
  involvesRetiredMetric: boolean;
}
