import "server-only";
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { listMetrics, metricDefinition } from "@/lib/entries/data/funnel";
import { loadMessages } from "@/lib/i18n/messages";
import { metricLabel } from "@/lib/i18n/metric-label";
import { defineRoute } from "../define-route";
import { nextCursorSchema, page, pageQuery } from "../paging";
import { metricSchema } from "../schemas";

export const getMetrics = defineRoute({
  method: "GET",
  path: "/metrics",
  summary: "The organization's funnel definition, in funnel order (position, then key)",
  permission: "org.read",
  query: z.object(pageQuery),
  response: z.object({ metrics: z.array(metricSchema), nextCursor: nextCursorSchema }),
  handler: async ({ ctx, query }) => {
    const t = createTranslator({ locale: "en", messages: loadMessages("en") });
    const rows = await listMetrics(ctx);
    const listed = page(rows, (m) => [m.position, m.key], query);
    return {
      nextCursor: listed.nextCursor,
      metrics: listed.items.map((m) => ({ ...metricDefinition(m), label: metricLabel(m, t as never) })),
    };
  },
});
