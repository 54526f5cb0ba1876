// The database schema, read top to bottom: global tables (users), then the tenant
// tables. Every tenant table starts its primary key with org_id, and every reference
// between tenant tables is a composite foreign key that includes org_id, so a row can
// never point into another organization (and the schema can be sharded by org_id).
import { sql } from "drizzle-orm";
import {
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
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

export const ROLES = ["owner", "manager", "rep"] as const;
export type Role = (typeof ROLES)[number];
export const MEMBER_STATUSES = ["active", "invited", "deactivated"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];
export const METRIC_KINDS = ["stage", "outcome", "time"] as const;
export const LOCALES = ["en", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

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
    createdAt: createdAt(),
  },
  (t) => [check("users_email_lowercase", sql`${t.email} = lower(${t.email})`)],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull().default("Europe/Brussels"),
    currency: text("currency").notNull().default("EUR"),
    // A ratio has "enough data" once its 95% interval is at most this wide on each side.
    kpiTargetHalfWidth: doublePrecision("kpi_target_half_width").notNull().default(0.05),
    // The value of a booked appointment: show rate x close rate x average deal value.
    showRate: doublePrecision("show_rate"),
    closeRate: doublePrecision("close_rate"),
    averageDealValue: numeric("average_deal_value", { precision: 14, scale: 2, mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("organizations_half_width", sql`${t.kpiTargetHalfWidth} > 0 and ${t.kpiTargetHalfWidth} <= 0.5`),
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
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.key] }),
    foreignKey({ columns: [t.orgId, t.ofKey], foreignColumns: [t.orgId, t.key] }),
    check("metrics_kind", sql`${t.kind} in ('stage', 'outcome', 'time')`),
    check("metrics_key_format", sql`${t.key} ~ '^[a-z][A-Za-z0-9]{0,39}$'`),
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
    tokenHash: text("token_hash").notNull().unique(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
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

// API keys act as a manager of one organization. Only a SHA-256 hash of the key is kept;
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
    keyHash: text("key_hash").notNull().unique(),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] })],
);

// Fixed-window counters in the database, so limits hold across several app instances.
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  bucket: text("bucket").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
});

// What a rep costs. Kept apart from members so that reading the team never reads costs.
export const memberCosts = pgTable(
  "member_costs",
  {
    orgId: uuid("org_id").notNull(),
    memberId: uuid("member_id").notNull(),
    kind: text("kind", { enum: ["hourly", "monthly"] }).notNull(),
    amount: numeric("amount", { precision: 12, scale: 2, mode: "number" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.memberId] }),
    foreignKey({ columns: [t.orgId, t.memberId], foreignColumns: [members.orgId, members.id] }).onDelete(
      "cascade",
    ),
    check("member_costs_kind", sql`${t.kind} in ('hourly', 'monthly')`),
    check("member_costs_amount", sql`${t.amount} >= 0`),
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
export const SURVEY_PRIVACY = ["anonymous", "named"] as const;
export const PIPELINE_HEALTH = ["healthy", "neutral", "unhealthy"] as const;

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

export type User = typeof users.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type Member = typeof members.$inferSelect;
export type MetricRow = typeof metrics.$inferSelect;
export type WeeklyEntry = typeof weeklyEntries.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
export type ApiKey = typeof apiKeys.$inferSelect;
