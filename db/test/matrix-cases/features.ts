import "server-only";
import type { ActionMatrixCase, MatrixOrg } from "@/db/test/action-matrix";
import { createApiKey } from "@/lib/api/data/api-keys";
// The role x permission matrix cases of the features outside teams: the weekly form, the
// week grid, the funnel editor, the import, lagging results and the settings. Each case
// starts from a fresh organization (lib/teams/action-matrix.int.test.ts).
import { saveLaggingResultDefinition } from "@/lib/dashboard/results-definitions";
import { upsertWeek } from "@/lib/entries/data/weeks";
import {
  addMetricDefinition,
  moveMetricDefinition,
  renameMetricDefinition,
  retireMetricDefinition,
} from "@/lib/entries/funnel-definitions";
import { importWeeksDefinition, previewImportDefinition } from "@/lib/entries/import-definitions";
import {
  deleteWeekDefinition,
  saveWeekDefinition,
  sendReminderDefinition,
} from "@/lib/entries/week-definitions";
import {
  createApiKeyDefinition,
  revokeApiKeyDefinition,
  updateOrgSettingsDefinition,
} from "@/lib/settings/definitions";
import { listMembersWithActivity } from "@/lib/teams/data/members";
import { currentWeekOf } from "@/lib/weeks/calendar";
import { addIsoWeeks, mondayDateOfIsoWeek } from "@/lib/weeks/iso-week";

/** Last week in the organization's time zone: always writable, never in the future. */
const lastWeek = (org: MatrixOrg) => addIsoWeeks(currentWeekOf(org.ownerContext.org.timeZone).week, -1);

const weekInput = (org: MatrixOrg, memberId: string) => ({
  memberId,
  week: lastWeek(org),
  version: "0",
  "metrics.calls": "40",
  "metrics.conversations": "12",
  "metrics.appointments": "3",
});

/** A stored week of the member, to be deleted (confirmed, at the version the editor saw). */
async function deleteInput(org: MatrixOrg, memberId: string) {
  const week = lastWeek(org);
  await upsertWeek(org.ownerContext, {
    memberId,
    weekStart: mondayDateOfIsoWeek(week),
    values: { calls: "40", conversations: "12", appointments: "3" },
    notWorked: false,
  });
  return { memberId, week, version: "1", confirmed: "on" };
}

async function repEmail(org: MatrixOrg) {
  const team = await listMembersWithActivity(org.ownerContext);
  return team.find((m) => m.id === org.rep.memberId)?.email ?? "";
}

export const FEATURE_MATRIX_CASES: ActionMatrixCase[] = [
  {
    name: "save the rep's own week",
    definition: saveWeekDefinition,
    input: async (org) => weekInput(org, org.rep.memberId),
  },
  {
    name: "save the manager's week",
    definition: saveWeekDefinition,
    input: async (org) => weekInput(org, org.manager.memberId),
    // A rep writes only their own weeks; another member is "not found" to them.
    expected: { rep: "not_found" },
  },
  {
    name: "save a week of another organization's member",
    definition: saveWeekDefinition,
    input: async (org) => weekInput(org, org.other.ownerMemberId),
    expected: { owner: "not_found", manager: "not_found", rep: "not_found" },
  },
  {
    name: "delete the rep's own week",
    definition: deleteWeekDefinition,
    input: async (org) => deleteInput(org, org.rep.memberId),
  },
  {
    name: "delete the manager's week",
    definition: deleteWeekDefinition,
    input: async (org) => deleteInput(org, org.manager.memberId),
    expected: { rep: "not_found" },
  },
  {
    name: "delete a week of another organization's member",
    definition: deleteWeekDefinition,
    input: async (org) => ({
      memberId: org.other.ownerMemberId,
      week: lastWeek(org),
      version: "1",
      confirmed: "on",
    }),
    expected: { owner: "not_found", manager: "not_found", rep: "not_found" },
  },
  {
    name: "remind a rep",
    definition: sendReminderDefinition,
    input: async (org) => ({ memberId: org.rep.memberId, week: lastWeek(org) }),
  },
  {
    name: "rename a metric",
    definition: renameMetricDefinition,
    input: async () => ({ key: "calls", label: "Dials" }),
  },
  {
    name: "add an effort channel",
    definition: addMetricDefinition,
    input: async () => ({ key: "linkedinMessages", label: "LinkedIn messages", kind: "stage", of: "" }),
  },
  {
    name: "move a metric up",
    definition: moveMetricDefinition,
    input: async () => ({ key: "longCallbacks", direction: "up" }),
  },
  {
    name: "retire a metric",
    definition: retireMetricDefinition,
    input: async () => ({ key: "talkMinutes", retired: "true" }),
  },
  {
    name: "preview an import",
    definition: previewImportDefinition,
    input: async (org) => ({
      csv: `email,week,calls,conversations,appointments\n${await repEmail(org)},${lastWeek(org)},40,12,3\n`,
    }),
    // A dry run: allowed callers get a preview, and nothing is stored.
    changes: false,
  },
  {
    name: "import weeks",
    definition: importWeeksDefinition,
    input: async (org) => ({
      csv: `email,week,calls,conversations,appointments\n${await repEmail(org)},${lastWeek(org)},40,12,3\n`,
    }),
  },
  {
    name: "enter a rep's lagging results",
    definition: saveLaggingResultDefinition,
    input: async (org) => ({
      memberId: org.rep.memberId,
      period: lastWeek(org),
      appointmentsHeld: "2",
      dealsWon: "1",
      revenueWon: "1250,50",
    }),
  },
  {
    name: "change the organization's settings",
    definition: updateOrgSettingsDefinition,
    input: async () => ({
      name: "Renamed",
      timeZone: "Europe/Brussels",
      currency: "EUR",
      kpiPrecisionPercent: "20",
      showRatePercent: "",
      closeRatePercent: "",
      averageDealValue: "",
    }),
  },
  {
    name: "create an API key",
    definition: createApiKeyDefinition,
    input: async () => ({ name: "dialer", expiresOn: "" }),
  },
  {
    name: "revoke an API key",
    definition: revokeApiKeyDefinition,
    input: async (org) => ({ apiKeyId: (await createApiKey(org.ownerContext, { name: "old" })).apiKey.id }),
  },
];
