import { listMetrics } from "@/lib/data/funnel";
import { listAllWeeks } from "@/lib/data/weeks";
import { weeksToCsv } from "@/lib/entries/csv";
import { downloadFor } from "@/lib/entries/export-route";
import { isoWeekOfDate } from "@/lib/kpi/iso-week";

export async function GET(request: Request, { params }: RouteContext<"/o/[orgSlug]/import/export/weeks">) {
  const { orgSlug } = await params;
  const dialect = new URL(request.url).searchParams.get("dialect") === "semicolon" ? "semicolon" : "comma";
  return downloadFor(orgSlug, "entries.read.any", async (ctx) => {
    const [funnel, weeks] = await Promise.all([listMetrics(ctx), listAllWeeks(ctx)]);
    const csv = weeksToCsv(
      weeks.map((w) => ({
        email: w.email,
        week: isoWeekOfDate(w.weekStart),
        values: w.values,
        notWorked: w.notWorked,
      })),
      funnel.map((m) => m.key),
      dialect,
    );
    return { body: csv, contentType: "text/csv; charset=utf-8", fileName: `${ctx.org.slug}-weeks.csv` };
  });
}
