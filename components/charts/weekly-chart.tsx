"use client";
// Chart.js, registered with only the parts these charts use. Loaded through
// lazy-weekly-chart.tsx, so no chart code reaches pages that show no chart.
import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartData,
  type ChartDataset,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";
import { Chart } from "react-chartjs-2";
import { type ChartAxis, SERIES_COLOURS, type WeeklyChartData } from "@/lib/dashboard/chart-data";
import { useFormatter } from "@/lib/i18n/formatter";

ChartJS.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
const POINTS = ["circle", "rect", "triangle", "rectRot"] as const;

export interface WeeklyChartProps {
  data: WeeklyChartData;
  /** What the chart shows, for screen readers; the table after the chart has the numbers. */
  summary: string;
}

export default function WeeklyChart({ data, summary }: WeeklyChartProps) {
  const format = useFormatter();
  const formatOn = (axis: ChartAxis, value: number) =>
    axis === "percent"
      ? format.number(value, { style: "percent", maximumFractionDigits: 0 })
      : format.number(value, { maximumFractionDigits: axis === "minutes" ? 1 : 0 });

  const datasets: ChartDataset<"bar" | "line", (number | null)[]>[] = [];
  if (data.band) {
    const band = {
      type: "line" as const,
      yAxisID: data.band.axis ?? "percent",
      pointRadius: 0,
      borderWidth: 0,
      spanGaps: false,
    };
    datasets.push(
      { ...band, label: data.band.label, data: data.band.lows, fill: false, borderColor: "transparent" },
      {
        ...band,
        label: data.band.label,
        data: data.band.highs,
        fill: "-1",
        borderColor: "transparent",
        backgroundColor: "rgba(0, 114, 178, 0.18)",
      },
    );
  }
  data.series.forEach((series, index) => {
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length] as string;
    const common = { label: series.label, data: series.values, yAxisID: series.axis };
    datasets.push(
      series.type === "bar"
        ? { ...common, type: "bar" as const, backgroundColor: colour }
        : {
            ...common,
            type: "line" as const,
            borderColor: colour,
            backgroundColor: colour,
            borderDash: DASHES[index % DASHES.length],
            pointStyle: series.marked
              ? series.marked.map((marked) => (marked ? "star" : POINTS[index % POINTS.length]))
              : POINTS[index % POINTS.length],
            pointRadius: series.marked ? series.marked.map((marked) => (marked ? 10 : 4)) : 4,
            borderWidth: 2,
            spanGaps: false,
          },
    );
  });
  const axes = new Set<ChartAxis>([
    ...data.series.map((s) => s.axis),
    ...(data.band ? [data.band.axis ?? "percent"] : []),
  ]);
  const scales: Record<string, object> = {};
  let side: "left" | "right" = "left";
  for (const axis of ["count", "percent", "minutes"] as const) {
    if (!axes.has(axis)) continue;
    scales[axis] = {
      position: side,
      beginAtZero: true,
      grid: { drawOnChartArea: side === "left" },
      // Counts are whole: no half-appointment ticks (rounded, they would repeat a label).
      ticks: {
        ...(axis === "count" ? { precision: 0 } : {}),
        callback: (value: number | string) => formatOn(axis, Number(value)),
      },
    };
    side = "right";
  }

  const chartData: ChartData<"bar" | "line", (number | null)[], string> = {
    labels: data.weekLabels,
    datasets,
  };
  return (
    <div className="relative h-72 w-full">
      <Chart
        type="bar"
        data={chartData}
        role="img"
        aria-label={summary}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          interaction: { mode: "index", intersect: false },
          scales,
          plugins: {
            legend: {
              position: "bottom",
              // The band's lower edge is no series of its own: the legend names the band once.
              labels: { usePointStyle: true, filter: (item) => !(data.band && item.datasetIndex === 0) },
            },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const axis = (item.dataset.yAxisID ?? "count") as ChartAxis;
                  const value = item.parsed.y;
                  return `${item.dataset.label}: ${value == null ? "–" : formatOn(axis, value)}`;
                },
              },
            },
          },
        }}
      />
    </div>
  );
}
