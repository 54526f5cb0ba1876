CREATE TABLE "member_warnings" (
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"entries_version" bigint NOT NULL,
	"items" jsonb NOT NULL,
	CONSTRAINT "member_warnings_pk" PRIMARY KEY("org_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "entries_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "member_warnings" ADD CONSTRAINT "member_warnings_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Every statement that writes weekly entries counts once on each member whose weeks it
-- touched, in the writing transaction, whoever writes (a form, an import, a metric's slots
-- renumbered, a member's weeks deleted with them). Per statement, not per row: an import of
-- a year of weeks bumps each member once. A member deleted with their weeks is no row to
-- update, so nothing fails. The members' rows are locked in one order (org, id), so this
-- trigger adds no lock-order deadlock between two statements touching the same members.
CREATE FUNCTION "weekly_entries_versions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "orgs" uuid[];
  "ids" uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("org_id"), array_agg("member_id") INTO "orgs", "ids"
    FROM (SELECT DISTINCT "org_id", "member_id" FROM "new_rows") t;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("org_id"), array_agg("member_id") INTO "orgs", "ids"
    FROM (SELECT DISTINCT "org_id", "member_id" FROM "old_rows") t;
  ELSE
    SELECT array_agg("org_id"), array_agg("member_id") INTO "orgs", "ids"
    FROM (SELECT "org_id", "member_id" FROM "old_rows" UNION SELECT "org_id", "member_id" FROM "new_rows") t;
  END IF;
  WITH "locked" AS (
    SELECT m."org_id", m."id" FROM "members" m
    JOIN unnest("orgs", "ids") AS t("org_id", "member_id") ON m."org_id" = t."org_id" AND m."id" = t."member_id"
    ORDER BY m."org_id", m."id" FOR UPDATE OF m
  )
  UPDATE "members" m SET "entries_version" = m."entries_version" + 1
  FROM "locked" l WHERE m."org_id" = l."org_id" AND m."id" = l."id";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "weekly_entries_versions_insert" AFTER INSERT ON "weekly_entries"
  REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "weekly_entries_versions"();--> statement-breakpoint
CREATE TRIGGER "weekly_entries_versions_update" AFTER UPDATE ON "weekly_entries"
  REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "weekly_entries_versions"();--> statement-breakpoint
CREATE TRIGGER "weekly_entries_versions_delete" AFTER DELETE ON "weekly_entries"
  REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "weekly_entries_versions"();--> statement-breakpoint
ALTER TABLE "member_warnings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "member_warnings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "member_warnings"
  USING ("org_id" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("org_id" = nullif(current_setting('app.org_id', true), '')::uuid);
