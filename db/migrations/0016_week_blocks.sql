-- The weekly entries summed per member and block of 13 weeks (issue 17): a long period reads
-- a few rows per member and year instead of one per week (db/schema.ts, weekBlocks). Kept by
-- a row trigger in the writing transaction, whoever writes: adding a week adds its numbers to
-- its group and taking one out subtracts them, in numeric, so nothing drifts; a group left
-- with no week is deleted. INSERT ... ON CONFLICT and UPDATE lock the group's row, so two
-- weeks saved at once in the same block both count.
CREATE TABLE "week_blocks" (
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"block_start" date NOT NULL,
	"not_worked" boolean NOT NULL,
	"recorded" text NOT NULL,
	"weeks" integer NOT NULL,
	"n" integer NOT NULL,
	"sums" numeric[],
	CONSTRAINT "week_blocks_pk" PRIMARY KEY("org_id","member_id","block_start","not_worked","recorded")
);
--> statement-breakpoint
ALTER TABLE "week_blocks" ADD CONSTRAINT "week_blocks_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "week_blocks_org_block" ON "week_blocks" USING btree ("org_id","block_start");--> statement-breakpoint
-- Blocks start on 2000-01-03 (a Monday) plus a multiple of 91 days; floor, so that weeks
-- before 2000 fall in their own blocks too. lib/dashboard/data/week-blocks.ts does the same.
CREATE FUNCTION "week_block_start"("d" date) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT date '2000-01-03' + (floor(("d" - date '2000-01-03') / 91.0) * 91)::int
$$;--> statement-breakpoint
-- Which slots of nums hold a number: '1' or '0' per slot, trailing zeros cut, so that a row
-- written before a metric was added (a shorter nums) groups with one that lacks it.
CREATE FUNCTION "week_recorded"("nums" double precision[]) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(rtrim(string_agg(CASE WHEN x IS NULL THEN '0' ELSE '1' END, '' ORDER BY i), '0'), '')
  FROM unnest("nums") WITH ORDINALITY AS u(x, i)
$$;--> statement-breakpoint
-- a + sign * b per slot; null where neither holds a number (both are of the same group, so
-- they recorded the same slots).
CREATE FUNCTION "week_sums_add"("a" numeric[], "b" double precision[], "sign" int) RETURNS numeric[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT array_agg(
    CASE WHEN x IS NULL AND y IS NULL THEN NULL ELSE coalesce(x, 0) + "sign" * coalesce(y::numeric, 0) END
    ORDER BY i)
  FROM unnest("a", "b") WITH ORDINALITY AS u(x, y, i)
$$;--> statement-breakpoint
CREATE FUNCTION "weekly_entries_blocks"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  "block" date;
  "rec" text;
BEGIN
  IF TG_OP = 'UPDATE'
    AND OLD."org_id" = NEW."org_id" AND OLD."member_id" = NEW."member_id"
    AND OLD."week_start" = NEW."week_start" AND OLD."not_worked" = NEW."not_worked"
    AND OLD."nums" IS NOT DISTINCT FROM NEW."nums" THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    "block" := "week_block_start"(OLD."week_start");
    "rec" := "week_recorded"(OLD."nums");
    UPDATE "week_blocks" SET
      "n" = "n" - 1,
      "weeks" = "weeks" & ~(1 << ((OLD."week_start" - "block") / 7)),
      "sums" = "week_sums_add"("sums", OLD."nums", -1)
    WHERE "org_id" = OLD."org_id" AND "member_id" = OLD."member_id" AND "block_start" = "block"
      AND "not_worked" = OLD."not_worked" AND "recorded" = "rec";
    DELETE FROM "week_blocks"
    WHERE "org_id" = OLD."org_id" AND "member_id" = OLD."member_id" AND "block_start" = "block"
      AND "not_worked" = OLD."not_worked" AND "recorded" = "rec" AND "n" <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    "block" := "week_block_start"(NEW."week_start");
    INSERT INTO "week_blocks" ("org_id", "member_id", "block_start", "not_worked", "recorded", "weeks", "n", "sums")
    VALUES (
      NEW."org_id", NEW."member_id", "block", NEW."not_worked", "week_recorded"(NEW."nums"),
      1 << ((NEW."week_start" - "block") / 7), 1, "week_sums_add"(NULL, NEW."nums", 1))
    ON CONFLICT ("org_id", "member_id", "block_start", "not_worked", "recorded") DO UPDATE SET
      "n" = "week_blocks"."n" + 1,
      "weeks" = "week_blocks"."weeks" | EXCLUDED."weeks",
      "sums" = "week_sums_add"("week_blocks"."sums", NEW."nums", 1);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "weekly_entries_blocks" AFTER INSERT OR UPDATE OR DELETE ON "weekly_entries"
  FOR EACH ROW EXECUTE FUNCTION "weekly_entries_blocks"();--> statement-breakpoint
-- The weeks already saved (before row-level security is switched on for the new table).
INSERT INTO "week_blocks" ("org_id", "member_id", "block_start", "not_worked", "recorded", "weeks", "n", "sums")
WITH e AS (
  SELECT "org_id", "member_id", "week_block_start"("week_start") AS "block_start", "not_worked",
    "week_recorded"("nums") AS "recorded", "week_start", "nums"
  FROM "weekly_entries"
), g AS (
  SELECT "org_id", "member_id", "block_start", "not_worked", "recorded",
    bit_or(1 << (("week_start" - "block_start") / 7)) AS "weeks", count(*)::int AS "n"
  FROM e GROUP BY 1, 2, 3, 4, 5
), s AS (
  SELECT "org_id", "member_id", "block_start", "not_worked", "recorded", u.i, sum(u.x::numeric) AS "total"
  FROM e, unnest(e."nums") WITH ORDINALITY AS u(x, i)
  GROUP BY 1, 2, 3, 4, 5, 6
), a AS (
  SELECT "org_id", "member_id", "block_start", "not_worked", "recorded", array_agg("total" ORDER BY i) AS "sums"
  FROM s GROUP BY 1, 2, 3, 4, 5
)
SELECT g."org_id", g."member_id", g."block_start", g."not_worked", g."recorded", g."weeks", g."n", a."sums"
FROM g LEFT JOIN a USING ("org_id", "member_id", "block_start", "not_worked", "recorded");--> statement-breakpoint
ALTER TABLE "week_blocks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "week_blocks" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "week_blocks"
  USING ("org_id" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("org_id" = nullif(current_setting('app.org_id', true), '')::uuid);
