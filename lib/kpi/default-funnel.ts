import type { MetricDefinition } from "./types";

/** The funnel of the seed article's effort-results table; an organization starts from it. */
export const DEFAULT_METRICS: readonly MetricDefinition[] = [
  { key: "calls", kind: "stage", of: null, position: 1 },
  { key: "conversations", kind: "stage", of: "calls", position: 2 },
  { key: "appointments", kind: "outcome", of: "conversations", position: 3 },
  { key: "shortCallbacks", kind: "outcome", of: "conversations", position: 4 },
  { key: "longCallbacks", kind: "outcome", of: "conversations", position: 5 },
  { key: "hours", kind: "time", of: null, position: 6 },
  { key: "talkMinutes", kind: "time", of: null, position: 7 },
];
