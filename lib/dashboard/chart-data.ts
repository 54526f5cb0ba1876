// The plain data a weekly chart draws: view models build it, chart components only draw it.

export type ChartAxis = "count" | "minutes" | "percent";

export interface ChartSeries {
  /** Stable id (a metric or ratio key): picks the colour and dash. */
  id: string;
  label: string;
  values: (number | null)[];
  type: "bar" | "line";
  axis: ChartAxis;
  /** Weeks to mark on a line (unusual weeks): a larger, different point. */
  marked?: boolean[];
}

/** An interval drawn as a shaded band between two lines (a ratio's 95% interval, a forecast's 80% band). */
export interface ChartBand {
  label: string;
  /** The axis the band is drawn on (default percent: a ratio's interval). */
  axis?: ChartAxis;
  lows: (number | null)[];
  highs: (number | null)[];
}

export interface WeeklyChartData {
  /** Short labels for the x axis, one per week ("W40"). */
  weekLabels: string[];
  series: ChartSeries[];
  band?: ChartBand;
}

/** Colour-blind-safe (Okabe-Ito); lines also differ by dash and point style. */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];
