-- The second wall (0003) on every tenant table added since: row-level security enabled and
-- forced, with the same tenant_isolation policy on app.org_id. Written as a loop over the
-- catalogue so that it covers whichever of them exist (goals, pay history, activity, call-log
-- mappings, scheduled mailings ...); lib/data/row-security.int.test.ts fails on any table
-- with org_id that lacks it, so a later table needs a migration like this one.
DO $$
DECLARE t record;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
      AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.relname);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t.relname);
    EXECUTE format(
      'CREATE POLICY tenant_isolation ON %I USING (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid) WITH CHECK (org_id = nullif(current_setting(''app.org_id'', true), '''')::uuid)',
      t.relname);
  END LOOP;
END $$;
--> statement-breakpoint
-- The weekly mailings' clock runs without a request and must see which organizations there
-- are and their time zones (lib/data/mailings.ts, lookup({ scheduler: "mailings" })).
CREATE POLICY lookup_for_schedule ON "organizations" FOR SELECT USING (
  current_setting('app.scheduler', true) = 'mailings');
