// The names a dashboard shows for metrics and ratios: an owner's rename wins, then the
// catalogue's names for the default funnel, then a name built from the metrics' labels.

import { ratioDefinitions } from "@/lib/kpi/ratios";
import type { MetricDefinition } from "@/lib/kpi/types";
import { own } from "@/lib/kpi/user-keys";

interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export interface FunnelLabels {
  /** Metric key -> label ("Decision-maker conversations"). */
  metrics: Record<string, string>;
  /** Ratio key -> label ("Appointments per conversation"). */
  ratios: Record<string, string>;
  /** Metric key -> the word for "≈238 more …" ("conversations"). */
  units: Record<string, string>;
}

/** `t` is the root translator (getTranslations() / useTranslations()). */
export function funnelLabels(
  metrics: readonly MetricDefinition[],
  renames: Readonly<Record<string, string | null>>,
  t: Translate,
): FunnelLabels {
  // Plain objects (they reach client components); user keys are read with own().
  const metricLabels: Record<string, string> = {};
  const units: Record<string, string> = {};
  for (const { key } of metrics) {
    const rename = own(renames, key);
    const catalogued = t.has(`metrics.${key}`) ? t(`metrics.${key}`) : key;
    metricLabels[key] = rename ?? catalogued;
    units[key] = rename ?? (t.has(`dashboard.units.${key}`) ? t(`dashboard.units.${key}`) : catalogued);
  }
  const ratios: Record<string, string> = {};
  for (const ratio of ratioDefinitions(metrics)) {
    const renamedRatio = own(renames, ratio.numeratorKey) || own(renames, ratio.denominatorKey);
    const catalogueKey = `dashboard.ratios.${ratio.key}`;
    ratios[ratio.key] =
      !renamedRatio && t.has(catalogueKey)
        ? t(catalogueKey)
        : t("dashboard.ratioOf", {
            numerator: own(metricLabels, ratio.numeratorKey) ?? ratio.numeratorKey,
            denominator: own(metricLabels, ratio.denominatorKey) ?? ratio.denominatorKey,
          });
  }
  return { metrics: metricLabels, ratios, units };
}
