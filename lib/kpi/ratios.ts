import { sortByPosition, stageAncestors, validateFunnel } from "./funnel";
import type { MetricDefinition, RatioDefinition } from "./types";

/**
 * The ratios a funnel has, in display order:
 * - every stage with a stage before it: stage per previous stage (conversationsPerCall);
 * - every outcome: outcome per its stage (appointmentsPerConversation);
 * - the first non-retired outcome of a stage also per every earlier stage (appointmentsPerCall),
 *   the seed's "9 of 38 of 106" read from the bottom.
 * Retired metrics keep their ratios (history is kept), flagged with involvesRetiredMetric.
 */
/**
 * A page asks this of the same funnel for every rep (500 times for the manager's home): the
 * answer is remembered per funnel array. Callers get their own copy of the list.
 */
const definitionsOf = new WeakMap<readonly MetricDefinition[], readonly RatioDefinition[]>();

export function ratioDefinitions(metrics: readonly MetricDefinition[]): RatioDefinition[] {
  let definitions = definitionsOf.get(metrics);
  if (!definitions) {
    definitions = defineRatios(metrics);
    definitionsOf.set(metrics, definitions);
  }
  return definitions.map((definition) => ({ ...definition }));
}

function defineRatios(metrics: readonly MetricDefinition[]): RatioDefinition[] {
  validateFunnel(metrics);
  const ordered = sortByPosition(metrics);
  const retiredKeys = new Set(ordered.filter((m) => m.retired).map((m) => m.key));
  const firstOutcomeOfStage = new Map<string, string>();
  for (const metric of ordered) {
    if (metric.kind === "outcome" && metric.of !== null && !metric.retired) {
      if (!firstOutcomeOfStage.has(metric.of)) firstOutcomeOfStage.set(metric.of, metric.key);
    }
  }

  const definitions: RatioDefinition[] = [];
  const define = (numeratorKey: string, denominatorKey: string) => {
    const key = `${numeratorKey}Per${capitalize(singular(denominatorKey))}`;
    if (definitions.some((definition) => definition.key === key)) {
      throw new RangeError(`Two ratios of this funnel would both be called "${key}".`);
    }
    definitions.push({
      key,
      numeratorKey,
      denominatorKey,
      involvesRetiredMetric: retiredKeys.has(numeratorKey) || retiredKeys.has(denominatorKey),
    });
  };

  for (const metric of ordered) {
    if (metric.of === null) continue;
    define(metric.key, metric.of);
    if (metric.kind === "outcome" && firstOutcomeOfStage.get(metric.of) === metric.key) {
      for (const ancestorKey of stageAncestors(metric.of, metrics)) define(metric.key, ancestorKey);
    }
  }
  return definitions;
}

/** "calls" -> "call": drops one trailing "s", which is all the default keys need. */
function singular(key: string): string {
  return key.endsWith("s") ? key.slice(0, -1) : key;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
