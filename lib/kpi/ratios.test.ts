import { describe, expect, it } from "vitest";
import { FUNNEL_WITH_LINKEDIN, FUNNEL_WITH_LINKEDIN_RATIO_KEYS } from "@/db/test/funnels";
import { DEFAULT_METRICS } from "./default-funnel";
import { ratioDefinitions } from "./ratios";
import type { MetricDefinition } from "./types";

const keysOf = (metrics: readonly MetricDefinition[]) => ratioDefinitions(metrics).map((r) => r.key);

describe("ratioDefinitions", () => {
  it("gives the default funnel exactly the API's ratio keys, in order", () => {
    expect(ratioDefinitions(DEFAULT_METRICS)).toEqual([
      ratio("conversationsPerCall", "conversations", "calls"),
      ratio("appointmentsPerConversation", "appointments", "conversations"),
      ratio("appointmentsPerCall", "appointments", "calls"),
      ratio("shortCallbacksPerConversation", "shortCallbacks", "conversations"),
      ratio("longCallbacksPerConversation", "longCallbacks", "conversations"),
    ]);
  });

  it("does not depend on the order the metrics arrive in", () => {
    expect(keysOf([...DEFAULT_METRICS].reverse())).toEqual(keysOf(DEFAULT_METRICS));
  });

  it.each<[string, MetricDefinition[], string[]]>([
    ["a second effort channel", FUNNEL_WITH_LINKEDIN, FUNNEL_WITH_LINKEDIN_RATIO_KEYS],
    [
      "a stage between calls and conversations",
      [
        { key: "calls", kind: "stage", of: null, position: 1 },
        { key: "connects", kind: "stage", of: "calls", position: 2 },
        { key: "conversations", kind: "stage", of: "connects", position: 3 },
        { key: "appointments", kind: "outcome", of: "conversations", position: 4 },
        { key: "shortCallbacks", kind: "outcome", of: "conversations", position: 5 },
      ],
      [
        "connectsPerCall",
        "conversationsPerConnect",
        "appointmentsPerConversation",
        "appointmentsPerConnect",
        "appointmentsPerCall",
        "shortCallbacksPerConversation",
      ],
    ],
    [
      "an outcome of the first stage",
      [
        { key: "calls", kind: "stage", of: null, position: 1 },
        { key: "voicemails", kind: "outcome", of: "calls", position: 2 },
      ],
      ["voicemailsPerCall"],
    ],
    ["no stages at all", [{ key: "hours", kind: "time", of: null, position: 1 }], []],
  ])("%s", (_name, metrics, expected) => {
    expect(keysOf(metrics)).toEqual(expected);
  });

  it("keeps ratios of retired metrics, flagged, and passes 'first outcome' to the next one", () => {
    const metrics = DEFAULT_METRICS.map((metric) =>
      metric.key === "appointments" ? { ...metric, retired: true } : metric,
    );
    const definitions = ratioDefinitions(metrics);
    expect(definitions.map((r) => [r.key, r.involvesRetiredMetric])).toEqual([
      ["conversationsPerCall", false],
      ["appointmentsPerConversation", true],
      ["shortCallbacksPerConversation", false],
      ["shortCallbacksPerCall", false],
      ["longCallbacksPerConversation", false],
    ]);
  });

  it("flags a ratio whose denominator is retired", () => {
    const metrics = DEFAULT_METRICS.map((metric) =>
      metric.key === "calls" ? { ...metric, retired: true } : metric,
    );
    const flagged = ratioDefinitions(metrics).filter((r) => r.involvesRetiredMetric);
    expect(flagged.map((r) => r.key)).toEqual(["conversationsPerCall", "appointmentsPerCall"]);
  });

  it.each<[string, MetricDefinition[]]>([
    [
      "duplicate keys",
      [
        { key: "calls", kind: "stage", of: null, position: 1 },
        { key: "calls", kind: "stage", of: null, position: 2 },
      ],
    ],
    ["an outcome without a stage", [{ key: "appointments", kind: "outcome", of: null, position: 1 }]],
    [
      "an outcome of an outcome",
      [
        { key: "calls", kind: "stage", of: null, position: 1 },
        { key: "appointments", kind: "outcome", of: "calls", position: 2 },
        { key: "deals", kind: "outcome", of: "appointments", position: 3 },
      ],
    ],
    ["a stage of a missing stage", [{ key: "calls", kind: "stage", of: "dials", position: 1 }]],
    ["a time metric with an of", [{ key: "hours", kind: "time", of: "calls", position: 1 }]],
    [
      "a loop of stages",
      [
        { key: "a", kind: "stage", of: "b", position: 1 },
        { key: "b", kind: "stage", of: "a", position: 2 },
      ],
    ],
    [
      "two ratios with one key (calls and call both read as Call)",
      [
        { key: "call", kind: "stage", of: null, position: 1 },
        { key: "calls", kind: "stage", of: "call", position: 2 },
        { key: "replies", kind: "outcome", of: "calls", position: 3 },
      ],
    ],
  ])("rejects %s", (_name, metrics) => {
    expect(() => ratioDefinitions(metrics)).toThrow(RangeError);
  });
});

function ratio(key: string, numeratorKey: string, denominatorKey: string) {
  return { key, numeratorKey, denominatorKey, involvesRetiredMetric: false };
}
