import { useTranslations } from "next-intl";
import { useFormatter } from "@/lib/i18n/formatter";

const WIDTH = 104;
const HEIGHT = 24;

/**
 * A 13-week line of a ratio, small enough for a table cell. Weeks without data break the
 * line rather than drawing it down to zero; the values are in the label for screen readers.
 */
export function Sparkline({ values, ratioLabel }: { values: (number | null)[]; ratioLabel: string }) {
  const t = useTranslations("orgHome.reps");
  const format = useFormatter();
  const known = values.filter((v): v is number => v !== null);
  const max = Math.max(0.0001, ...known);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const segments: string[] = [];
  let current = "";
  values.forEach((value, index) => {
    if (value === null) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    const x = (index * step).toFixed(1);
    const y = (HEIGHT - 2 - (value / max) * (HEIGHT - 4)).toFixed(1);
    current += `${current ? "L" : "M"}${x} ${y}`;
  });
  if (current) segments.push(current);
  const spoken =
    known.length === 0
      ? t("sparklineEmpty")
      : values
          .map((v) => (v === null ? "–" : format.number(v, { style: "percent", maximumFractionDigits: 0 })))
          .join(", ");
  return (
    <svg
      role="img"
      aria-label={t("sparklineLabel", { ratio: ratioLabel, values: spoken })}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      className="text-indigo-600 dark:text-indigo-300"
    >
      <line
        x1="0"
        y1={HEIGHT - 1}
        x2={WIDTH}
        y2={HEIGHT - 1}
        className="stroke-slate-300 dark:stroke-slate-700"
      />
      {segments.map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      ))}
      {values.map((value, index) =>
        value !== null && (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null ? (
          <circle
            // biome-ignore lint/suspicious/noArrayIndexKey: weeks are positions in a fixed 13-week line
            key={index}
            cx={index * step}
            cy={HEIGHT - 2 - (value / max) * (HEIGHT - 4)}
            r="1.5"
            fill="currentColor"
          />
        ) : null,
      )}
    </svg>
  );
}
