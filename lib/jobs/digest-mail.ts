// The Monday digest's text for one reader, in their language: last week's team numbers and
// ratios in the same words as the dashboards (the "dashboard" and "metrics" catalogues, the
// same funnel labels and interval wording), who did not fill in the week, and warnings.
// Pure apart from reading the catalogues.
import { createFormatter, createTranslator } from "use-intl/core";
import { funnelLabels } from "@/lib/dashboard/labels";
import type { Locale } from "@/lib/domain";
import { FORMAT_LOCALE } from "@/lib/i18n/locale";
import { loadMessages } from "@/lib/i18n/messages";
import type { KpiSummary } from "@/lib/kpi/kpis";
import type { MetricDefinition } from "@/lib/kpi/types";
import type { OutgoingMail } from "@/lib/mail/send-mail";

export interface DigestInput {
  to: string;
  locale: Locale;
  readerName: string;
  orgName: string;
  /** "2026-W48" */
  week: string;
  link: string;
  metrics: readonly MetricDefinition[];
  labels: Readonly<Record<string, string | null>>;
  kpis: KpiSummary;
  /** The organization's setting: a ratio has enough data within ±this share of itself. */
  relativePrecision: number;
  missing: readonly string[];
  /**
   * Further sections (title and lines), added by features that have something to say about
   * last week. Goals (branch home) add "last week against the goals" here once they exist.
   */
  sections?: readonly DigestSection[];
}

export interface DigestSection {
  title: string;
  lines: string[];
}

type Values = Record<string, string | number>;

function translatorFor(locale: Locale) {
  const t = createTranslator({ locale, messages: loadMessages(locale) });
  const translate = (key: string, values?: Values): string => t(key as never, values as never);
  return Object.assign(translate, {
    has: (key: string) => t.has(key as never),
    markup: (key: string, values: Values) =>
      t.markup(key as never, { ...values, part: (chunks: string) => chunks } as never),
  });
}

export function digestMail(input: DigestInput): OutgoingMail {
  const t = translatorFor(input.locale);
  const format = createFormatter({ locale: FORMAT_LOCALE[input.locale] });
  const percent = (value: number) =>
    format.number(value, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const share = format.number(input.relativePrecision * 100, { maximumFractionDigits: 1 });
  const names = funnelLabels(input.metrics, input.labels, t);
  const active = input.metrics.filter((m) => !m.retired);

  const numbers = active.map(
    (m) => `- ${names.metrics[m.key] ?? m.key}: ${format.number(input.kpis.totals[m.key] ?? 0)}`,
  );
  const warnings: string[] = [];
  const ratios = input.kpis.ratios.map((ratio) => {
    const label = names.ratios[ratio.key] ?? ratio.key;
    // The same words as the pages (components/dashboard/ratio-value.tsx).
    if (ratio.weeks === 0) return `- ${label}: ${t("numbers.notRecorded")}`;
    if (ratio.value === null) return `- ${label}: ${t("dashboard.noRatio")}`;
    const counts = t("numbers.countsOverWeeks", {
      numerator: format.number(ratio.numerator),
      denominator: format.number(ratio.denominator),
      weeks: ratio.weeks,
    });
    if (!ratio.ci95) {
      warnings.push(t("operations.digest.warningNoInterval", { ratio: label }));
      return `- ${label}: ${t("dashboard.ratioWithoutInterval", { value: percent(ratio.value) })}, ${counts}`;
    }
    const value = t.markup("dashboard.ratioWithInterval", {
      value: percent(ratio.value),
      low: percent(ratio.ci95[0]),
      high: percent(ratio.ci95[1]),
    });
    const verdict = ratio.enoughData
      ? t("numbers.enoughDataRelative", { share })
      : t("numbers.notEnoughDataRelative", {
          count: format.number(ratio.additionalDenominatorNeeded ?? 0),
          unit: names.units[ratio.denominatorKey] ?? ratio.denominatorKey,
          share,
        });
    return `- ${label}: ${value}, ${counts}. ${verdict}`;
  });
  if (input.missing.length > 0) {
    warnings.unshift(t("operations.digest.warningMissing", { count: input.missing.length }));
  }
  if (input.kpis.weeksWithData === 0) warnings.unshift(t("operations.digest.warningNoData"));

  const sections: DigestSection[] = [
    { title: t("operations.digest.numbersHeading"), lines: numbers },
    { title: t("operations.digest.ratiosHeading"), lines: ratios },
    {
      title: t("operations.digest.missingHeading"),
      lines:
        input.missing.length > 0 ? input.missing.map((n) => `- ${n}`) : [t("operations.digest.allFilledIn")],
    },
    ...(input.sections ?? []),
    {
      title: t("operations.digest.warningsHeading"),
      lines: warnings.length > 0 ? warnings.map((w) => `- ${w}`) : [t("operations.digest.noWarnings")],
    },
  ];
  const values = { name: input.readerName, org: input.orgName, week: input.week, link: input.link };
  const body = [
    t("operations.digest.greeting", values),
    ...sections.map((s) => `${s.title}\n${s.lines.join("\n")}`),
    t("operations.digest.footer", values),
  ].join("\n\n");
  return { to: input.to, subject: t("operations.digest.subject", values), text: body };
}
