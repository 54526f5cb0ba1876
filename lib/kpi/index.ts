// The KPI engine: pure functions from a funnel definition and week records to the numbers the
// app shows. No database, no clock, no I/O.
export * from "./benchmark";
export * from "./beta-binomial";
export * from "./default-funnel";
export * from "./funnel";
export * from "./iso-week";
export * from "./kpis";
export * from "./pooling";
export * from "./profitability";
export * from "./ratios";
export * from "./trends";
export type * from "./types";
export * from "./what-if";
export * from "./wilson";
