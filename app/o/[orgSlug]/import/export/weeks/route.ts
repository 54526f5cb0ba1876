import { getLocale } from "next-intl/server";
import { weeksToCsv } from "@/lib/entries/csv";
import { csvColumnNames, csvHeader } from "@/lib/entries/csv-headers";
import { csvLanguage, csvLanguages } from "@/lib/entries/csv-languages";
import { listMetrics } from "@/lib/entries/data/funnel";
import { eachPageOfWeeks } from "@/lib/entries/data/weeks";
import { downloadFor } from "@/lib/entries/export-route";
import { languageOf } from "@/lib/i18n/locale";
import { isoWeekOfDate } from "@/lib/weeks/iso-week";

export async function GET(request: Request, { params }: RouteContext<"/o/[orgSlug]/import/export/weeks">) {
  const { orgSlug } = await params;
  const dialect = new URL(request.url).searchParams.get("dialect") === "semicolon" ? "semicolon" : "comma";
  return downloadFor(orgSlug, "entries.read.any", async (ctx) => {
    const [funnel, locale] = await Promise.all([listMetrics(ctx), getLocale()]);
    // The header in the reader's language, in names the import reads back.
    const header = csvHeader(csvLanguage(languageOf(locale)), funnel, csvColumnNames(funnel, csvLanguages()));
    return {
      contentType: "text/csv; charset=utf-8",
      fileName: `${ctx.org.slug}-weeks.csv`,
      write: async (out) => {
        await out(weeksToCsv([], header, dialect));
        await eachPageOfWeeks(ctx, async (weeks) => {
          const rows = weeks.map((w) => ({
            email: w.email,
            week: isoWeekOfDate(w.weekStart),
            values: w.values,
            notWorked: w.notWorked,
          }));
          await out(weeksToCsv(rows, header, dialect, { withHeader: false }));
        });
      },
    };
  });
}
