// Funnels for the KPI engine's tests (test support, not part of the engine).
import { DEFAULT_METRICS } from "@/lib/kpi/default-funnel";
import type { MetricDefinition } from "@/lib/kpi/types";

/** The default funnel with a second effort channel: LinkedIn messages and the replies to them. */
export const FUNNEL_WITH_LINKEDIN: MetricDefinition[] = [
  ...DEFAULT_METRICS,
  { key: "linkedinMessages", kind: "stage", of: null, position: 8 },
  { key: "linkedinReplies", kind: "outcome", of: "linkedinMessages", position: 9 },
];

/** Its ratios in order: the default funnel's, then replies per message. */
export const FUNNEL_WITH_LINKEDIN_RATIO_KEYS: string[] = [
  "conversationsPerCall",
  "appointmentsPerConversation",
  "appointmentsPerCall",
  "shortCallbacksPerConversation",
  "longCallbacksPerConversation",
  "linkedinRepliesPerLinkedinMessage",
];
