-- Typed numbers beside the JSON values, for the dashboards' sums (issue 17): reading seven
-- keys out of JSONB costs ~2 µs a row, and a team's history is 78,000 rows. Each metric gets a
-- slot per organization (never reused: metrics are retired, not deleted); weekly_entries.nums
-- holds at nums[slot] the metric's number when it is a number >= 0 in a worked week, else
-- null, which is exactly what the engine pools (lib/dashboard/data/kpi-data.ts keeps the
-- same values). Triggers keep nums true on every write, whoever writes.
ALTER TABLE "metrics" ADD COLUMN "slot" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "metrics" m SET "slot" = n."slot"
FROM (
  SELECT "org_id", "key", row_number() OVER (PARTITION BY "org_id" ORDER BY "position", "key")::smallint AS "slot"
  FROM "metrics"
) n
WHERE m."org_id" = n."org_id" AND m."key" = n."key";--> statement-breakpoint
ALTER TABLE "metrics" ADD CONSTRAINT "metrics_slot" UNIQUE("org_id","slot");--> statement-breakpoint
ALTER TABLE "weekly_entries" ADD COLUMN "nums" double precision[];--> statement-breakpoint
-- A metric inserted with slot 0 takes the organization's next slot. Earlier rows of the same
-- INSERT are visible here (a row-level BEFORE trigger sees them), so a multi-row insert works.
CREATE FUNCTION "metrics_assign_slot"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."slot" = 0 THEN
    NEW."slot" := (SELECT coalesce(max("slot"), 0) + 1 FROM "metrics" WHERE "org_id" = NEW."org_id");
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "metrics_assign_slot" BEFORE INSERT ON "metrics"
  FOR EACH ROW EXECUTE FUNCTION "metrics_assign_slot"();--> statement-breakpoint
CREATE FUNCTION "weekly_entry_numbers"("org" uuid, "vals" jsonb, "off" boolean) RETURNS double precision[]
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN "off" THEN NULL ELSE (
    SELECT array_agg(
      CASE WHEN jsonb_typeof("vals" -> m."key") = 'number' AND ("vals" ->> m."key")::numeric >= 0
        THEN ("vals" ->> m."key")::double precision END
      ORDER BY s.i)
    FROM generate_series(1, (SELECT max("slot") FROM "metrics" WHERE "org_id" = "org")) AS s(i)
    LEFT JOIN "metrics" m ON m."org_id" = "org" AND m."slot" = s.i
  ) END
$$;--> statement-breakpoint
CREATE FUNCTION "weekly_entries_set_numbers"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."nums" := "weekly_entry_numbers"(NEW."org_id", NEW."values", NEW."not_worked");
  RETURN NEW;
END
$$;--> statement-breakpoint
-- Every insert and update, whatever columns it names: nums can never be set to anything else.
CREATE TRIGGER "weekly_entries_numbers" BEFORE INSERT OR UPDATE ON "weekly_entries"
  FOR EACH ROW EXECUTE FUNCTION "weekly_entries_set_numbers"();--> statement-breakpoint
-- A metric added after weeks were saved with its key (an import of a column the funnel did not
-- have yet): those weeks get its number.
CREATE FUNCTION "metrics_renumber_weeks"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "weekly_entries" SET "nums" = NULL WHERE "org_id" = NEW."org_id" AND "values" ? NEW."key";
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "metrics_renumber_weeks" AFTER INSERT ON "metrics"
  FOR EACH ROW EXECUTE FUNCTION "metrics_renumber_weeks"();--> statement-breakpoint
UPDATE "weekly_entries" SET "nums" = "weekly_entry_numbers"("org_id", "values", "not_worked");
