import "server-only";
// Which tables an organization's export carries, one line each. Every table of db/schema.ts
// with an org_id column is either here or in NOT_TRANSFERRED with the reason
// (org-transfer-tables.test.ts fails otherwise), so a table added later is not silently
// left behind when an organization moves. Order matters: a table comes after the tables
// it references.
import type { PgTable } from "drizzle-orm/pg-core";
import {
  activityEvents,
  auditEvents,
  callLogMappings,
  laggingResults,
  memberPay,
  members,
  metrics,
  surveyResponses,
  surveyRounds,
  weeklyEntries,
  weeklyGoals,
} from "@/db/schema";

export interface TransferTable {
  /** The key in the export document. */
  key: string;
  table: PgTable;
  /** Columns (property names) that hold a users.id: mapped to the accounts on the new server. */
  userColumns?: readonly string[];
  /** Columns not carried (secrets, or references to something not exported). */
  omit?: readonly string[];
}

export const TRANSFERRED: readonly TransferTable[] = [
  // entriesVersion counts this server's writes of the member's weeks (migration 0017).
  { key: "members", table: members, userColumns: ["userId"], omit: ["entriesVersion"] },
  { key: "metrics", table: metrics },
  // nums is derived from values by a trigger on the new server (migration 0015).
  { key: "weeklyEntries", table: weeklyEntries, userColumns: ["updatedByUserId"], omit: ["nums"] },
  // The events a week was counted from: their ids keep a resent event from counting twice.
  { key: "activityEvents", table: activityEvents },
  { key: "callLogMappings", table: callLogMappings, userColumns: ["updatedByUserId"] },
  { key: "laggingResults", table: laggingResults },
  { key: "memberPay", table: memberPay },
  { key: "weeklyGoals", table: weeklyGoals, userColumns: ["setByUserId"] },
  { key: "surveyRounds", table: surveyRounds },
  { key: "surveyResponses", table: surveyResponses },
  // API keys are not carried, so the key that made a change is not named on the new server.
  { key: "auditEvents", table: auditEvents, userColumns: ["actorUserId"], omit: ["actorApiKeyId"] },
];

/** SQL table name → why its rows stay on this server. */
export const NOT_TRANSFERRED: Readonly<Record<string, string>> = {
  invitations: "pending invitation tokens are secrets of this server; invite again after the move",
  api_keys: "keys are secrets (stored as hashes) of this server; create new ones after the move",
  scheduled_runs: "this server's bookkeeping of the weekly mailings it started",
  webhook_endpoints: "signing secrets of this server; register the endpoints again after the move",
  webhook_deliveries: "this server's delivery log of its webhook endpoints",
  webhook_attempts: "this server's delivery log of its webhook endpoints",
  week_blocks: "sums of weekly_entries, kept by a trigger: the new server sums the imported weeks itself",
  member_warnings:
    "early warnings judged from weekly_entries: the new server judges the imported weeks itself",
};
