-- Row-level security is forced on these tables (0003) and applies to their owner too: a
-- migration run by a role that is not a superuser would copy nothing. Lift it for this one
-- data migration and put it back.
ALTER TABLE "member_costs" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "members" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_events" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Pay gets a history: the single pay value each member had applies from their start date.
INSERT INTO "member_pay" ("org_id", "member_id", "effective_from", "kind", "amount")
SELECT c."org_id", c."member_id", m."started_on", c."kind", c."amount"
FROM "member_costs" c
JOIN "members" m ON m."org_id" = c."org_id" AND m."id" = c."member_id";
--> statement-breakpoint
-- Members deactivated before the column existed: the audited deactivation, else now.
UPDATE "members" m SET "deactivated_at" = coalesce(
  (SELECT max(a."created_at") FROM "audit_events" a
   WHERE a."org_id" = m."org_id" AND a."subject_type" = 'member' AND a."subject_id" = m."id"::text
     AND a."action" = 'member.deactivated'),
  now())
WHERE m."status" = 'deactivated';
--> statement-breakpoint
ALTER TABLE "members" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;
