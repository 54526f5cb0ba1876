// Chart.js is heavy: it must reach the browser only on pages that draw a chart. So only this
// folder imports it, and only through the next/dynamic wrapper (lazy-weekly-chart.tsx).
import { describe, expect, it } from "vitest";
import { read, sourceFiles } from "@/lib/architecture/source-files";

const code = sourceFiles([".ts", ".tsx"]).filter((file) => !file.includes(".test."));

describe("chart code stays behind its lazy boundary", () => {
  it("only components/charts imports chart.js or react-chartjs-2", () => {
    const importers = code.filter((file) =>
      /from ["'](chart\.js|react-chartjs-2)(\/[^"']*)?["']/.test(read(file)),
    );
    expect(importers).toEqual(["components/charts/weekly-chart.tsx"]);
  });

  it("the chart module is only loaded with next/dynamic", () => {
    // A type-only import is erased at build time; any other import would bundle Chart.js.
    const staticImporters = code.filter((file) =>
      /^import (?!type )[^;]*from ["'][^"']*\/weekly-chart["']/m.test(read(file)),
    );
    expect(staticImporters).toEqual([]);
    expect(read("components/charts/lazy-weekly-chart.tsx")).toMatch(
      /dynamic\(\(\) => import\("\.\/weekly-chart"\), \{\s*ssr: false/,
    );
  });
});
