// The plain data a weekly chart draws: pages build it, chart components only draw it.

export type ChartAxis = "count" | "minutes" | "percent";

export interface ChartSeries {
  /** Stable id (a metric or ratio key): picks the colour and dash. */
  id: string;
  label: string;
  values: (number | null)[];
  type: "bar" | "line";
  axis: ChartAxis;
}

/** An interval drawn as a shaded band between two lines (a ratio's 95% interval). */
export interface ChartBand {
  label: string;
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
