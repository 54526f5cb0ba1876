import "server-only";
import type { ActionMatrixCase, MatrixOrg } from "@/db/test/action-matrix";
// The survey's cases for the role x permission matrix (lib/teams/action-matrix.int.test.ts).
import { resolveMembership } from "@/lib/data/memberships";
import type { OrgContext } from "@/lib/data/tenant-tx";
import { PRACTICES } from "@/lib/kpi/pipeline-health";
import { closeSurveyRound, openSurveyRound } from "@/lib/survey/data/surveys";
import { closeRoundDefinition, openRoundDefinition, saveAnswerDefinition } from "@/lib/survey/definitions";

const answer = (roundId: string) => ({
  roundId,
  health: "healthy",
  ...Object.fromEntries(PRACTICES.map((p) => [`practices.${p}`, "4"])),
  openPipelineValue: "120000",
  expectedToClose: "45000",
  target: "60000",
});

const openRound = async (ctx: OrgContext) =>
  (await openSurveyRound(ctx, { title: "Q4", privacy: "anonymous" })).id;
const otherContext = async (org: MatrixOrg) =>
  (await resolveMembership(org.other.ownerUserId, org.other.slug)) as OrgContext;

export const SURVEY_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "open a survey round",
    definition: openRoundDefinition,
    input: async () => ({ title: "Pipeline health, Q4", privacy: "anonymous" }),
  },
  {
    name: "close a survey round",
    definition: closeRoundDefinition,
    input: async (org) => ({ roundId: await openRound(org.ownerContext) }),
  },
  {
    name: "close another organization's survey round",
    definition: closeRoundDefinition,
    input: async (org) => ({ roundId: await openRound(await otherContext(org)) }),
    expected: { owner: "not_found", manager: "not_found" },
  },
  {
    name: "answer a survey round",
    definition: saveAnswerDefinition,
    input: async (org) => answer(await openRound(org.ownerContext)),
  },
  {
    name: "answer a closed survey round",
    definition: saveAnswerDefinition,
    input: async (org) => {
      const roundId = await openRound(org.ownerContext);
      await closeSurveyRound(org.ownerContext, roundId);
      return answer(roundId);
    },
    expected: { owner: "conflict", manager: "conflict", rep: "conflict" },
  },
  {
    name: "answer another organization's survey round",
    definition: saveAnswerDefinition,
    input: async (org) => answer(await openRound(await otherContext(org))),
    expected: { owner: "not_found", manager: "not_found", rep: "not_found" },
  },
];
