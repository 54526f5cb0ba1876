import "server-only";
import type { ActionMatrixCase } from "@/db/test/action-matrix";
import { importCallLogDefinition, saveCallLogMappingDefinition } from "@/lib/activity/call-log-definitions";
// The call-log import's cases for the role x permission matrix (lib/teams/action-matrix.int.test.ts).
import { saveCallLogMapping } from "@/lib/activity/data/call-log";

const MAPPING = { at: "Start time", email: "Agent", duration: "Duration", outcome: "Result" };

export const CALL_LOG_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "save the call-log column mapping",
    definition: saveCallLogMappingDefinition,
    input: async () => ({ ...MAPPING, "outcomes.conversations": "Connected, Meeting booked" }),
  },
  {
    name: "import a call log",
    definition: importCallLogDefinition,
    input: async (org) => {
      await saveCallLogMapping(org.ownerContext, { ...MAPPING, outcomes: { conversations: ["Connected"] } });
      const { email } = org.ownerContext.member ?? { email: "" };
      return { csv: `Start time,Agent,Duration,Result\n2026-01-06 09:00,${email},1:35,Connected` };
    },
  },
];
