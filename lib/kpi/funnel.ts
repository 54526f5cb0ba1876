import type { MetricDefinition } from "./types";

/** Metrics in display order; ties broken by key so the order never depends on the input's. */
export function sortByPosition(metrics: readonly MetricDefinition[]): MetricDefinition[] {
  return [...metrics].sort((a, b) => a.position - b.position || compareKeys(a.key, b.key));
}

/**
 * Throws a RangeError when the funnel cannot be read as a funnel: duplicate keys, an `of` that
 * points at something other than a stage, a time metric with an `of`, or a loop of stages.
 * Ratio keys are built from metric keys, so a broken definition would give wrong ratios silently.
 */
export function validateFunnel(metrics: readonly MetricDefinition[]): void {
  const byKey = new Map<string, MetricDefinition>();
  for (const metric of metrics) {
    if (metric.key === "") throw new RangeError("A metric key may not be empty.");
    if (byKey.has(metric.key)) throw new RangeError(`Duplicate metric key "${metric.key}".`);
    if (!Number.isFinite(metric.position)) {
      throw new RangeError(`Metric "${metric.key}" has no finite position.`);
    }
    byKey.set(metric.key, metric);
  }
  for (const metric of metrics) {
    if (metric.kind === "time") {
      if (metric.of !== null) throw new RangeError(`Time metric "${metric.key}" must have of=null.`);
      continue;
    }
    if (metric.of === null) {
      if (metric.kind === "outcome") {
        throw new RangeError(`Outcome "${metric.key}" must name the stage it is an outcome of.`);
      }
      continue;
    }
    const parent = byKey.get(metric.of);
    if (parent?.kind !== "stage") {
      throw new RangeError(`Metric "${metric.key}" is "of" "${metric.of}", which is not a stage.`);
    }
  }
  for (const metric of metrics) {
    if (metric.kind === "stage") stageAncestors(metric.key, metrics);
  }
}

/**
 * The stages before `stageKey`, nearest first (for conversations: [calls]).
 * Throws a RangeError on a loop, which validateFunnel relies on.
 */
export function stageAncestors(stageKey: string, metrics: readonly MetricDefinition[]): string[] {
  const byKey = new Map(metrics.map((metric) => [metric.key, metric]));
  const ancestors: string[] = [];
  let parentKey = byKey.get(stageKey)?.of ?? null;
  while (parentKey !== null) {
    if (parentKey === stageKey || ancestors.includes(parentKey)) {
      throw new RangeError(`The stages before "${stageKey}" form a loop.`);
    }
    ancestors.push(parentKey);
    parentKey = byKey.get(parentKey)?.of ?? null;
  }
  return ancestors;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
