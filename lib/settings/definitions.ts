import "server-only";
// The owner's settings: organization, KPI precision and appointment value, API keys.
// Definitions live here (testable without Next); lib/settings/actions.ts wraps them.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { createApiKey, revokeApiKey } from "@/lib/data/api-keys";
import { updateOrgSettings } from "@/lib/data/org-settings";
import { ValidationError } from "@/lib/errors";
import { decimalField } from "@/lib/forms/decimal";

const TIME_ZONES = new Set(Intl.supportedValuesOf("timeZone"));
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF"] as const;

/** A percentage typed by a person (7,5 → 0.075), within bounds; empty allowed when optional. */
const percent = (min: number, max: number) =>
  decimalField.refine((v) => v === undefined || (v >= min && v <= max), { error: "percentRange" });

export const orgSettingsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  timeZone: z.string().refine((tz) => TIME_ZONES.has(tz), { error: "unknownTimeZone" }),
  currency: z.enum(CURRENCIES, { error: "invalid" }),
  kpiTargetPoints: decimalField.refine((v) => v !== undefined && v >= 1 && v <= 25, {
    error: "targetPointsRange",
  }),
  showRatePercent: percent(0, 100),
  closeRatePercent: percent(0, 100),
  averageDealValue: decimalField.refine((v) => v === undefined || (v >= 0 && v <= 1e11), {
    error: "notNegative",
  }),
});

export const updateOrgSettingsDefinition: OrgActionDefinition<typeof orgSettingsSchema> = {
  schema: orgSettingsSchema,
  permission: "settings.manage",
  successMessage: "saved",
  handler: async (input, ctx) =>
    updateOrgSettings(ctx, {
      name: input.name,
      timeZone: input.timeZone,
      currency: input.currency,
      kpiTargetHalfWidth: (input.kpiTargetPoints as number) / 100,
      showRate: input.showRatePercent === undefined ? null : input.showRatePercent / 100,
      closeRate: input.closeRatePercent === undefined ? null : input.closeRatePercent / 100,
      averageDealValue: input.averageDealValue ?? null,
    }),
};

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(60, { error: "tooLong" }),
  expiresOn: z
    .string()
    .trim()
    .refine((d) => d === "" || /^\d{4}-\d{2}-\d{2}$/.test(d), { error: "invalidDate" }),
});

export const createApiKeyDefinition: OrgActionDefinition<typeof createApiKeySchema> = {
  schema: createApiKeySchema,
  permission: "apikeys.manage",
  handler: async ({ name, expiresOn }, ctx) => {
    const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59Z`) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new ValidationError({ expiresOn: { key: "dateInPast" } });
    }
    const { key, apiKey } = await createApiKey(ctx, { name, expiresAt });
    // The key is shown once, now; only its hash is kept.
    return { key, name: apiKey.name };
  },
};

export const revokeApiKeySchema = z.object({ apiKeyId: z.uuid({ error: "invalid" }) });

export const revokeApiKeyDefinition: OrgActionDefinition<typeof revokeApiKeySchema> = {
  schema: revokeApiKeySchema,
  permission: "apikeys.manage",
  successMessage: "apiKeyRevoked",
  handler: async ({ apiKeyId }, ctx) => revokeApiKey(ctx, apiKeyId),
};
