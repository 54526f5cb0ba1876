// The survey's actions, kept outside the "use server" file so integration tests can run them
// through executeOrgAction: a manager opens and closes rounds; every member answers for
// themselves (the member comes from the session's membership, never from the form).
import { z } from "zod";
import type { OrgActionDefinition } from "@/lib/actions/execute";
import { parseAmount } from "@/lib/dashboard/results-definitions";
import { PIPELINE_HEALTH, PRACTICES, type Practice } from "@/lib/kpi/pipeline-health";
import { closeSurveyRound, openSurveyRound, saveSurveyAnswer } from "@/lib/survey/data/surveys";

const MAX_AMOUNT = 999_999_999_999;

export const openRoundSchema = z.object({
  title: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required" })
    .max(120, { error: "titleTooLong" }),
  privacy: z.enum(["anonymous", "named"], { error: "invalid" }),
});

export const roundIdSchema = z.object({ roundId: z.uuid({ error: "invalid" }) });

const amount = z.string({ error: "required" }).transform((text, ctx) => {
  const value = parseAmount(text);
  if (value === undefined) {
    ctx.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  }
  if (!(value >= 0 && value <= MAX_AMOUNT)) {
    ctx.addIssue({ code: "custom", message: "amountNotNegative" });
    return z.NEVER;
  }
  return Math.round(value * 100) / 100;
});

const agreement = z.coerce
  .number({ error: "chooseAgreement" })
  .int({ error: "chooseAgreement" })
  .min(1, { error: "chooseAgreement" })
  .max(5, { error: "chooseAgreement" });

export const answerSchema = z
  .object({
    roundId: z.uuid({ error: "invalid" }),
    health: z.enum(PIPELINE_HEALTH, { error: "chooseHealth" }),
    ...(Object.fromEntries(PRACTICES.map((p) => [`practices.${p}`, agreement])) as Record<
      `practices.${Practice}`,
      typeof agreement
    >),
    openPipelineValue: amount,
    expectedToClose: amount,
    target: amount,
  })
  .superRefine((input, ctx) => {
    if (input.expectedToClose > input.openPipelineValue) {
      ctx.addIssue({ code: "custom", path: ["expectedToClose"], message: "expectedAboveOpen" });
    }
  })
  .transform((input) => ({
    roundId: input.roundId,
    answer: {
      health: input.health,
      practices: Object.fromEntries(PRACTICES.map((p) => [p, input[`practices.${p}`]])) as Record<
        Practice,
        number
      >,
      openPipelineValue: input.openPipelineValue,
      expectedToClose: input.expectedToClose,
      target: input.target,
    },
  }));

export const openRoundDefinition: OrgActionDefinition<typeof openRoundSchema> = {
  schema: openRoundSchema,
  permission: "survey.run",
  successMessage: "surveyRoundOpened",
  handler: async (input, ctx) => {
    await openSurveyRound(ctx, input);
  },
};

export const closeRoundDefinition: OrgActionDefinition<typeof roundIdSchema> = {
  schema: roundIdSchema,
  permission: "survey.run",
  successMessage: "surveyRoundClosed",
  handler: async ({ roundId }, ctx) => {
    await closeSurveyRound(ctx, roundId);
  },
};

export const saveAnswerDefinition: OrgActionDefinition<typeof answerSchema> = {
  schema: answerSchema,
  permission: "survey.answer",
  successMessage: "surveyAnswerSaved",
  handler: async ({ roundId, answer }, ctx) => {
    await saveSurveyAnswer(ctx, roundId, answer);
  },
};
