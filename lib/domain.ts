// The product's closed vocabularies, in one module that the database schema's CHECK
// constraints, the API schemas and the UI all import. It imports nothing, so that a client
// component can use it without pulling the drizzle table definitions into the browser.
export const ROLES = ["owner", "manager", "rep"] as const;
export type Role = (typeof ROLES)[number];

/** What an API key acts as: a manager, or (when an owner chose so) an owner. */
export const API_KEY_ROLES = ["owner", "manager"] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export const MEMBER_STATUSES = ["active", "invited", "deactivated"] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const METRIC_KINDS = ["stage", "outcome", "time"] as const;

export const LOCALES = ["en", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

export const SURVEY_PRIVACY = ["anonymous", "named"] as const;
export const PIPELINE_HEALTH = ["healthy", "neutral", "unhealthy"] as const;

/** What an outgoing webhook can subscribe to (lib/webhooks). */
export const WEBHOOK_EVENT_TYPES = [
  "week.saved",
  "member.invited",
  "member.joined",
  "survey.closed",
  "goal.missed",
  "warning.raised",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
