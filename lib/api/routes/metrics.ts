import "server-only";
import { createTranslator } from "use-intl/core";
import { z } from "zod";
import { listMetrics } from "@/lib/data/funnel";
import { loadMessages } from "@/lib/i18n/messages";
import { metricLabel } from "@/lib/i18n/metric-label";
import { defineRoute } from "../define-route";
import { metricSchema } from "../schemas";

export const getMetrics = defineRoute({
  method: "GET",
  path: "/metrics",
  summary: "The organization's funnel definition",
  permission: "org.read",
  response: z.object({ metrics: z.array(metricSchema) }),
  handler: async ({ ctx }) => {
    const t = createTranslator({ locale: "en", messages: loadMessages("en") });
    const rows = await listMetrics(ctx);
    return {
      metrics: rows.map((m) => ({
        key: m.key,
        label: metricLabel(m, t as never),
        kind: m.kind,
        of: m.ofKey,
        position: m.position,
        retired: m.retiredAt !== null,
      })),
    };
  },
});
