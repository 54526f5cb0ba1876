"use client";
// The only way pages reach Chart.js: loaded in the browser, on the pages that draw a chart.
import dynamic from "next/dynamic";
import type { WeeklyChartProps } from "./weekly-chart";

const WeeklyChart = dynamic(() => import("./weekly-chart"), {
  ssr: false,
  loading: () => <div className="h-72 w-full animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />,
});

export function LazyWeeklyChart(props: WeeklyChartProps) {
  return <WeeklyChart {...props} />;
}
