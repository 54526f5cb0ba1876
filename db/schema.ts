// The database schema, read top to bottom: global tables (users), then the tenant
// tables. Every tenant table starts its primary key with org_id, and every reference
// between tenant tables is a composite foreign key that includes org_id, so a row can
// never point into another organization (and the schema can be sharded by org_id).
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

import {
  API_KEY_ROLES,
  LOCALES,
  MEMBER_STATUSES,
  METRIC_KINDS,
  PIPELINE_HEALTH,
  ROLES,
  SURVEY_PRIVACY,
} from "../lib/domain";

// The vocabularies live in lib/domain.ts (client code imports them from there, never from
// here); re-exported for the server code that already reads them with the tables.
export type { ApiKeyRole, Locale, MemberStatus, Role } from "../lib/domain";
export { API_KEY_ROLES, LOCALES, MEMBER_STATUSES, METRIC_KINDS, PIPELINE_HEALTH, ROLES, SURVEY_PRIVACY };

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    locale: text("locale", { enum: LOCALES }),
    // Bumped when the password changes: JWTs carrying an older epoch are refused.
    sessionEpoch: integer("session_epoch").notNull().default(0),
    // The Friday reminder when this person's week is not filled in; each person may turn it off.
    weeklyReminders: boolean("weekly_reminders").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [check("users_email_lowercase", sql`${t.email} = lower(${t.email})`)],
);

// One row per signed-in session; the JWT carries its id. Logging out ends the row, so a copied
// cookie stops working; "log out everywhere" ends them all.
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("auth_sessions_user").on(t.userId)],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull().default("Europe/Brussels"),
    currency: text("currency").notNull().default("EUR"),
    // Superseded by kpiRelativePrecision (an absolute ±5 points is ±50% of a 9% rate); kept so
    // that older exports and branches still read, no longer used for "enough data".
    kpiTargetHalfWidth: doublePrecision("kpi_target_half_width").notNull().default(0.05),
    // A ratio has "enough data" once its 95% interval's half-width is at most this share of
    // the rate (0.2: within ±20% of it).
    kpiRelativePrecision: doublePrecision("kpi_relative_precision").notNull().default(0.2),
    // The value of a booked appointment: show rate x close rate x average deal value.
    showRate: doublePrecision("show_rate"),
    closeRate: doublePrecision("close_rate"),
    averageDealValue: numeric("average_deal_value", { precision: 14, scale: 2, mode: "number" }),
    // The share of revenue that is gross profit: what a won deal is worth to the business.
    grossMargin: doublePrecision("gross_margin").notNull().default(1),
    // Owners and managers (who see pay) must sign in with two factors to open its pages.
    requireTwoFactor: boolean("require_two_factor").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    check("organizations_gross_margin", sql`${t.grossMargin} between 0 and 1`),
    check("organizations_half_width", sql`${t.kpiTargetHalfWidth} > 0 and ${t.kpiTargetHalfWidth} <= 0.5`),
    check(
      "organizations_relative_precision",
      sql`${t.kpiRelativePrecision} > 0 and ${t.kpiRelativePrecision} <= 1`,
    ),
    check("organizations_show_rate", sql`${t.showRate} between 0 and 1`),
    check("organizations_close_rate", sql`${t.closeRate} between 0 and 1`),
    check("organizations_deal_value", sql`${t.averageDealValue} >= 0`),
  ],
);

// A member is a person in an organization's funnel. A member need not have a user
// account: history is often imported for reps who never log in, or who have left.
export const members = pgTable(
  "members",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    userId: uuid("user_id").references(() => users.id),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    status: text("status", { enum: MEMBER_STATUSES }).notNull(),
    startedOn: date("started_on").notNull(),
    // When the member was last deactivated (null while not deactivated): employment, and
    // so a salary's cost, ends that week.
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    // Counts the statements that changed the member's weekly entries (trigger
    // weekly_entries_versions, migration 0017): a result stored from their weeks
    // (memberWarnings) is current while it names the same count.
    entriesVersion: bigint("entries_version", { mode: "number" }).notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("members_org_email").on(t.orgId, t.email),
    unique("members_org_user").on(t.orgId, t.userId),
    check("members_role", sql`${t.role} in ('owner', 'manager', 'rep')`),
    check("members_status", sql`${t.status} in ('active', 'invited', 'deactivated')`),
    check("members_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

// The organization's funnel definition. A null label means "use the translated default
// label from the message catalogue"; an owner's rename stores a label. Retired metrics
// keep their history.
export const metrics = pgTable(
  "metrics",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    label: text("label"),
    kind: text("kind", { enum: METRIC_KINDS }).notNull(),
    ofKey: text("of_key"),
    position: integer("position").notNull(),
    // Where the metric's number sits in weekly_entries.nums: 1, 2, 3 ... per organization,
    // never reused (metrics are retired, not deleted). 0 on insert means "the next free
    // one": the trigger metrics_assign_slot picks it (migration 0015).
    slot: smallint("slot").notNull().default(0),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.key] }),
    foreignKey({ columns: [t.orgId, t.ofKey], foreignColumns: [t.orgId, t.key] }),
    check("metrics_kind", sql`${t.kind} in ('stage', 'outcome', 'time')`),
    check("metrics_key_format", sql`${t.key} ~ '^[a-z][A-Za-z0-9]{0,39}$'`),
    unique("metrics_slot").on(t.orgId, t.slot),
  ],
);

// One row per member per ISO week (week_start is the Monday). Values are stored as a
// JSON object keyed by metric key, because the funnel is defined per organization.
export const weeklyEntries = pgTable(
  "weekly_entries",
  {
    orgId: uuid("org_id").notNull(),
    memberId: uuid("member_id").notNull(),
    weekStart: date("week_start").notNull(),
    notWorked: boolean("not_worked").notNull().default(false),
    values: jsonb("values").$type<Record<string, number>>().notNull().default({}),
    // The same values, typed for the dashboards' sums: nums[slot] is the metric's number when
    // it is a number >= 0 in a worked week, else null (null altogether in a week off). Reading
    // seven keys out of JSON costs ~2 µs a row; 78,000 rows of a team's history made the team
    // page a second. Written only by the trigger weekly_entries_numbers (migration 0015).
    nums: doublePrecision("nums").array(),
    // Two sources, kept visible: `counted` sums the activity events (dialers, CRMs) per
    // metric; `corrected_at` names the metrics a person set over what was counted, and when.
    // `values` is what counts everywhere: the correction where there is one, else the count.
    counted: jsonb("counted").$type<Record<string, number>>().notNull().default({}),
    correctedAt: jsonb("corrected_at").$type<Record<string, string>>().notNull().default({}),
    // Optimistic concurrency: an edit names the version it started from.
    version: integer("version").notNull().default(1),
    updatedByUserId: uuid("updated_by_user_id").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.memberId, t.weekStart] }),
    foreignKey({
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }).onDelete("cascade"),
    check("weekly_entries_monday", sql`extract(isodow from ${t.weekStart}) = 1`),
    // Team views read a range of weeks for the whole organization.
    index("weekly_entries_org_week").on(t.orgId, t.weekStart),
  ],
);

// The weekly entries summed per member and block of 13 weeks (migration 0016), so that a long
// period reads a few rows per member and year instead of one per week: PostgreSQL sums ~1.5 µs
// a row, and 500 reps x 156 weeks are 78,000. A block's weeks are grouped by whether they
// were off and by which numbers they recorded (`recorded`: "1" or "0" per slot of nums,
// trailing zeros cut), so a pair still pools only weeks that recorded both parts. Written
// only by the trigger weekly_entries_blocks, in the transaction that writes the week; the
// sums are numeric, so taking a week out leaves exactly what adding it put in.
export const weekBlocks = pgTable(
  "week_blocks",
  {
    orgId: uuid("org_id").notNull(),
    memberId: uuid("member_id").notNull(),
    // The Monday that starts the block: 2000-01-03 plus a multiple of 91 days.
    blockStart: date("block_start").notNull(),
    notWorked: boolean("not_worked").notNull(),
    recorded: text("recorded").notNull(),
    // Bit k: the block's week k (0-12) is in this group.
    weeks: integer("weeks").notNull(),
    n: integer("n").notNull(),
    // sums[slot]: the group's sum of nums[slot] (null where the group did not record it).
    sums: numeric("sums").array(),
  },
  (t) => [
    primaryKey({
      name: "week_blocks_pk",
      columns: [t.orgId, t.memberId, t.blockStart, t.notWorked, t.recorded],
    }),
    foreignKey({
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }).onDelete("cascade"),
    index("week_blocks_org_block").on(t.orgId, t.blockStart),
  ],
);

// Each member's current early warnings (lib/dashboard/early-warnings-view.ts), stored so that
// the manager's home does not judge every rep's half year on every view (migration 0017). A
// row is current while `entriesVersion` equals the member's and `basis` (the last week judged,
// the ratios, the rule's version) is the one asked for; otherwise that member is judged again
// and the row replaced. Warnings carry no names: they are added when shown.
export const memberWarnings = pgTable(
  "member_warnings",
  {
    orgId: uuid("org_id").notNull(),
    memberId: uuid("member_id").notNull(),
    basis: text("basis").notNull(),
    entriesVersion: bigint("entries_version", { mode: "number" }).notNull(),
    items: jsonb("items").notNull(),
  },
  (t) => [
    primaryKey({ name: "member_warnings_pk", columns: [t.orgId, t.memberId] }),
    foreignKey({
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }).onDelete("cascade"),
  ],
);

// Activity sent by other systems, one row per event. The sender's id is unique per
// organization, so a retried batch counts once. The week is the member's ISO week of `at`
// in the organization's time zone, fixed when the event arrives.
export const activityEvents = pgTable(
  "activity_events",
  {
    orgId: uuid("org_id").notNull(),
    eventId: text("event_id").notNull(),
    memberId: uuid("member_id").notNull(),
    weekStart: date("week_start").notNull(),
    metricKey: text("metric_key").notNull(),
    count: doublePrecision("count").notNull(),
    durationSeconds: doublePrecision("duration_seconds").notNull().default(0),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.eventId] }),
    foreignKey({
      columns: [t.orgId, t.memberId],
      foreignColumns: [members.orgId, members.id],
    }).onDelete("cascade"),
    check("activity_events_count", sql`${t.count} >= 0`),
    check("activity_events_duration", sql`${t.durationSeconds} >= 0`),
    // Recounting a member's week reads its events.
    index("activity_events_member_week").on(t.orgId, t.memberId, t.weekStart),
  ],
);

// How an organization's dialer export reads (which column holds what, which outcomes count
// as which funnel metric), saved once by an owner and used for every call-log import.
export const callLogMappings = pgTable("call_log_mappings", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organizations.id, { onDelete: "cascade" }),
  mapping: jsonb("mapping").notNull(),
  updatedByUserId: uuid("updated_by_user_id").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// Invitations: the token is shown once and stored only as a SHA-256 hash; it works once,
// until it expires, and only for the invited email.
export const invitations = pgTable(
  "invitations",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    memberId: uuid("member_id").notNull(),
    email: text("email").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    // Unique per organization (distribution by org_id); the plain index serves the lookup by
    // token, whose 256 random bits make a collision across organizations impossible.
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // Set by the mail job when its last retry failed: the members page says so.
    mailFailedAt: timestamp("mail_failed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("invitations_org_token").on(t.orgId, t.tokenHash),
    index("invitations_token_hash").on(t.tokenHash),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }).onDelete(
      "cascade",
    ),
    check("invitations_role", sql`${t.role} in ('owner', 'manager', 'rep')`),
  ],
);

export const passwordResetTokens = pgTable("password_reset_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  userId: uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

// Two-factor sign-in (TOTP, RFC 6238) of a user, apart from users so that the account's own
// row stays as it was. The secret is stored sealed with AES-256-GCM (lib/auth/two-factor);
// enabled_at is null while an enrolment waits for its first code. last_used_step is the
// newest 30-second step a code was accepted for: a step is never accepted twice (replay).
export const userTwoFactor = pgTable("user_two_factor", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretSealed: text("secret_sealed").notNull(),
  enabledAt: timestamp("enabled_at", { withTimezone: true }),
  lastUsedStep: integer("last_used_step"),
  createdAt: createdAt(),
});

// Recovery codes: shown once, only a SHA-256 hash kept (the codes are random), each used once.
export const userRecoveryCodes = pgTable(
  "user_recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (t) => [unique("user_recovery_codes_user_hash").on(t.userId, t.codeHash)],
);

// API keys act as a manager (or, when an owner chose so, an owner) of one organization. Only a SHA-256 hash of the key is kept;
// the prefix lets people recognise a key in the list.
export const apiKeys = pgTable(
  "api_keys",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    // As for invitation tokens: unique per organization, looked up by the plain index.
    keyHash: text("key_hash").notNull(),
    role: text("role", { enum: API_KEY_ROLES }).notNull().default("manager"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("api_keys_org_key_hash").on(t.orgId, t.keyHash),
    index("api_keys_key_hash").on(t.keyHash),
    check("api_keys_role", sql`${t.role} in ('owner', 'manager')`),
  ],
);

// Sliding-window counters in the database, so limits hold across several app instances: the
// current window's hits plus the previous window's, weighted by how much of it still overlaps.
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  bucket: text("bucket").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
  previousHits: integer("previous_hits").notNull().default(0),
});

// Failed log-ins, one row each (per account: a hash of the email; per address), so that
// "10 failures in 15 minutes" is counted exactly and across app instances.
export const loginFailures = pgTable(
  "login_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    bucket: text("bucket").notNull(),
    failedAt: timestamp("failed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_failures_bucket_time").on(t.bucket, t.failedAt)],
);

// What a rep is paid, with its history: each change applies from the ISO week holding
// effective_from until the next change. Kept apart from members so that reading the team
// never reads pay.
export const memberPay = pgTable(
  "member_pay",
  {
    orgId: uuid("org_id").notNull(),
    memberId: uuid("member_id").notNull(),
    effectiveFrom: date("effective_from").notNull(),
    kind: text("kind", { enum: ["hourly", "monthly"] }).notNull(),
    amount: numeric("amount", { precision: 12, scale: 2, mode: "number" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.memberId, t.effectiveFrom] }),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }).onDelete(
      "cascade",
    ),
    check("member_pay_kind", sql`${t.kind} in ('hourly', 'monthly')`),
    check("member_pay_amount", sql`${t.amount} >= 0`),
  ],
);

// Lagging results, entered later per rep per week (a month is entered on its first week).
export const laggingResults = pgTable(
  "lagging_results",
  {
    orgId: uuid("org_id").notNull(),
    memberId: uuid("member_id").notNull(),
    weekStart: date("week_start").notNull(),
    appointmentsHeld: integer("appointments_held").notNull().default(0),
    dealsWon: integer("deals_won").notNull().default(0),
    revenueWon: numeric("revenue_won", { precision: 14, scale: 2, mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.memberId, t.weekStart] }),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }).onDelete(
      "cascade",
    ),
    check("lagging_results_monday", sql`extract(isodow from ${t.weekStart}) = 1`),
    check(
      "lagging_results_non_negative",
      sql`${t.appointmentsHeld} >= 0 and ${t.dealsWon} >= 0 and ${t.revenueWon} >= 0`,
    ),
  ],
);

// Pipeline-health survey rounds: a manager opens one, each rep answers once (and may change
// the answer while the round is open). An anonymous round shows managers totals only; the
// answer still names its member, so that a rep answers once and can change it.

export const surveyRounds = pgTable(
  "survey_rounds",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    title: text("title").notNull(),
    privacy: text("privacy", { enum: SURVEY_PRIVACY }).notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    check("survey_rounds_privacy", sql`${t.privacy} in ('anonymous', 'named')`),
    index("survey_rounds_org_opened").on(t.orgId, t.openedAt),
  ],
);

export const surveyResponses = pgTable(
  "survey_responses",
  {
    orgId: uuid("org_id").notNull(),
    roundId: uuid("round_id").notNull(),
    memberId: uuid("member_id").notNull(),
    health: text("health", { enum: PIPELINE_HEALTH }).notNull(),
    /** Practice key -> agreement from 1 (strongly disagree) to 5 (strongly agree). */
    practices: jsonb("practices").$type<Record<string, number>>().notNull(),
    openPipelineValue: numeric("open_pipeline_value", { precision: 14, scale: 2, mode: "number" }).notNull(),
    expectedToClose: numeric("expected_to_close", { precision: 14, scale: 2, mode: "number" }).notNull(),
    target: numeric("target", { precision: 14, scale: 2, mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.roundId, t.memberId] }),
    foreignKey({
      columns: [t.orgId, t.roundId],
      foreignColumns: [surveyRounds.orgId, surveyRounds.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }).onDelete(
      "cascade",
    ),
    check("survey_responses_health", sql`${t.health} in ('healthy', 'neutral', 'unhealthy')`),
    check(
      "survey_responses_amounts",
      sql`${t.openPipelineValue} >= 0 and ${t.expectedToClose} >= 0 and ${t.target} >= 0`,
    ),
  ],
);

// Weekly goals set by managers: for one rep (member_id) or for the whole team (member_id
// null). A goal applies from its week on, until a later row for the same scope: the rows are
// the history. Appointments always; calls and conversations when the manager wants them.
export const weeklyGoals = pgTable(
  "weekly_goals",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    memberId: uuid("member_id"),
    fromWeekStart: date("from_week_start").notNull(),
    appointments: integer("appointments").notNull(),
    calls: integer("calls"),
    conversations: integer("conversations"),
    setByUserId: uuid("set_by_user_id").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }).onDelete(
      "cascade",
    ),
    // One goal per scope and starting week; the team's scope is the null member.
    unique("weekly_goals_scope_week").on(t.orgId, t.memberId, t.fromWeekStart).nullsNotDistinct(),
    check("weekly_goals_monday", sql`extract(isodow from ${t.fromWeekStart}) = 1`),
    check(
      "weekly_goals_positive",
      sql`${t.appointments} >= 0 and coalesce(${t.calls}, 0) >= 0 and coalesce(${t.conversations}, 0) >= 0`,
    ),
  ],
);

// Who changed what, when; written in the same transaction as the change itself.
export const auditEvents = pgTable(
  "audit_events",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorApiKeyId: uuid("actor_api_key_id"),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.actorApiKeyId], foreignColumns: [apiKeys.orgId, apiKeys.id] }),
    index("audit_events_org_time").on(t.orgId, t.createdAt),
  ],
);

// The job queue of the embedded database (PGlite): jobs run in-process from this table. On
// PostgreSQL the queue is graphile-worker's own schema and this table stays empty.
export const localJobs = pgTable(
  "local_jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    payload: jsonb("payload").notNull(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("local_jobs_due").on(t.runAt)],
);

// One row per organization, kind and period for each scheduled mailing (Friday reminders,
// Monday digest): the primary key makes sure that several app instances, or a restart
// within the window, start it once.
export const scheduledRuns = pgTable(
  "scheduled_runs",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    period: text("period").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.kind, t.period] })],
);

export type User = typeof users.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type Member = typeof members.$inferSelect;
export type MetricRow = typeof metrics.$inferSelect;
export type WeeklyEntry = typeof weeklyEntries.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;

// Outgoing webhooks (lib/webhooks). The signing secret is kept as it is, not hashed: the
// server needs it to sign every delivery. Row-level security (forced, 0013) keeps it to its
// organization; it is shown once at creation and never read back into a page or an export.
export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    url: text("url").notNull(),
    eventTypes: jsonb("event_types").$type<string[]>().notNull(),
    secret: text("secret").notNull(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: createdAt(),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

// One event sent to one endpoint: the body is stored as sent, so a retry or a resend signs
// the same bytes (with a new timestamp). Deleted with its endpoint.
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    endpointId: uuid("endpoint_id").notNull(),
    eventId: uuid("event_id").notNull(),
    eventType: text("event_type").notNull(),
    body: text("body").notNull(),
    status: text("status", { enum: ["pending", "delivered", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    lastError: text("last_error"),
    createdAt: createdAt(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("webhook_deliveries_event_endpoint").on(t.orgId, t.eventId, t.endpointId),
    index("webhook_deliveries_recent").on(t.orgId, t.createdAt),
    check("webhook_deliveries_status", sql`${t.status} in ('pending', 'delivered', 'failed')`),
    foreignKey({
      columns: [t.orgId, t.endpointId],
      foreignColumns: [webhookEndpoints.orgId, webhookEndpoints.id],
    }).onDelete("cascade"),
  ],
);

// Every attempt of a delivery: what the receiver answered (or why nothing came back) and how long it took.
export const webhookAttempts = pgTable(
  "webhook_attempts",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().defaultRandom(),
    deliveryId: uuid("delivery_id").notNull(),
    statusCode: integer("status_code"),
    durationMs: integer("duration_ms").notNull(),
    error: text("error"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("webhook_attempts_delivery").on(t.orgId, t.deliveryId),
    foreignKey({
      columns: [t.orgId, t.deliveryId],
      foreignColumns: [webhookDeliveries.orgId, webhookDeliveries.id],
    }).onDelete("cascade"),
  ],
);
