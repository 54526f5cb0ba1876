import "server-only";
// The owner's settings: organization, KPI precision and appointment value, API keys.
// Definitions live here (testable without Next); lib/settings/actions.ts wraps them.
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { createApiKey, revokeApiKey } from "@/lib/api/data/api-keys";
import { setTwoFactorRequirement } from "@/lib/auth/data/two-factor";
import { API_KEY_ROLES } from "@/lib/domain";
import { ValidationError } from "@/lib/errors";
import { isUsableDate } from "@/lib/forms/calendar-date";
import { decimalField } from "@/lib/forms/decimal";
import { updateOrgSettings } from "@/lib/settings/data/org-settings";

const TIME_ZONES = new Set(Intl.supportedValuesOf("timeZone"));
export const CURRENCIES = ["EUR", "USD", "GBP", "CHF"] as const;

/** A percentage typed by a person (7,5 → 0.075), within bounds; empty allowed when optional. */
const percent = (min: number, max: number) =>
  decimalField.refine((v) => v === undefined || (v >= min && v <= max), { error: "percentRange" });

export const orgSettingsSchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(100, { error: "tooLong" }),
  timeZone: z.string().refine((tz) => TIME_ZONES.has(tz), { error: "unknownTimeZone" }),
  currency: z.enum(CURRENCIES, { error: "invalid" }),
  kpiPrecisionPercent: decimalField.refine((v) => v !== undefined && v >= 1 && v <= 100, {
    error: "precisionPercentRange",
  }),
  showRatePercent: percent(0, 100),
  closeRatePercent: percent(0, 100),
  averageDealValue: decimalField.refine((v) => v === undefined || (v >= 0 && v <= 1e11), {
    error: "notNegative",
  }),
  // Empty is the default, 100%: revenue is taken as it is.
  grossMarginPercent: percent(0, 100).optional(),
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
      kpiRelativePrecision: (input.kpiPrecisionPercent as number) / 100,
      showRate: input.showRatePercent === undefined ? null : input.showRatePercent / 100,
      closeRate: input.closeRatePercent === undefined ? null : input.closeRatePercent / 100,
      averageDealValue: input.averageDealValue ?? null,
      grossMargin: input.grossMarginPercent === undefined ? 1 : input.grossMarginPercent / 100,
    }),
};

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, { error: "required" }).max(60, { error: "tooLong" }),
  expiresOn: z
    .string()
    .trim()
    .refine((d) => d === "" || isUsableDate(d), { error: "invalidDate" }),
  // A manager key reads and records weeks; only an owner key may change pay.
  role: z.enum(API_KEY_ROLES, { error: "invalid" }).default("manager"),
});

export const createApiKeyDefinition: OrgActionDefinition<typeof createApiKeySchema> = {
  schema: createApiKeySchema,
  permission: "apikeys.manage",
  handler: async ({ name, expiresOn, role }, ctx) => {
    const expiresAt = expiresOn ? new Date(`${expiresOn}T23:59:59Z`) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) {
      throw new ValidationError({ expiresOn: { key: "dateInPast" } });
    }
    const { key, apiKey } = await createApiKey(ctx, { name, expiresAt, role });
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

export const twoFactorRequirementSchema = z.object({
  requireTwoFactor: z.preprocess((value) => value === "on", z.boolean()),
});

/** Owners and managers see pay: the owner may require two-factor sign-in of them. */
export const setTwoFactorRequirementDefinition: OrgActionDefinition<typeof twoFactorRequirementSchema> = {
  schema: twoFactorRequirementSchema,
  permission: "settings.manage",
  successMessage: "saved",
  handler: async ({ requireTwoFactor }, ctx) => setTwoFactorRequirement(ctx, requireTwoFactor),
};
