// Request and response shapes of REST API v1 (../shared/API.md). The same schemas
// validate requests and generate the OpenAPI document.
import { z } from "zod";
import { parseIsoWeek } from "@/lib/weeks/iso-week";

export const isoWeekSchema = z
  .string()
  .refine(
    (week) => {
      try {
        return parseIsoWeek(week).year >= 2000;
      } catch {
        return false;
      }
    },
    { error: "invalidIsoWeek" },
  )
  .meta({ description: "ISO 8601 week, Monday start", example: "2026-W47" });

export const roleSchema = z.enum(["owner", "manager", "rep"]);

export const metricSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(["stage", "outcome", "time"]),
  of: z.string().nullable(),
  position: z.number().int(),
  retired: z.boolean(),
});

export const memberSchema = z.object({
  id: z.uuid(),
  email: z.email(),
  name: z.string(),
  role: roleSchema,
  status: z.enum(["active", "invited", "deactivated"]),
  startedOn: z.iso.date(),
});

export const errorSchema = z.object({
  error: z.object({
    code: z.enum([
      "validation_failed",
      "not_found",
      "unauthorized",
      "forbidden",
      "conflict",
      "rate_limited",
      "payload_too_large",
      "internal",
      "unavailable",
    ]),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
