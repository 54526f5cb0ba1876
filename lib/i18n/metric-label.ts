type Translate = (key: string) => string;
interface TranslateWithHas extends Translate {
  has?: (key: string) => boolean;
}

/** An owner's rename wins; otherwise the catalogue's label for a default metric; else the key. */
export function metricLabel(metric: { key: string; label: string | null }, t: TranslateWithHas): string {
  if (metric.label) return metric.label;
  const catalogueKey = `metrics.${metric.key}`;
  return t.has?.(catalogueKey) ? t(catalogueKey) : metric.key;
}
