-- The second wall (ARCHITECTURE.md, "Row-level security"): every tenant row is visible
-- and writable only inside a transaction whose app.org_id is its organization, for the
-- role the app's queries run as (funnelmeter_app: no superuser, no BYPASSRLS, owns no
-- table). The data layer switches to it per transaction (set_config('role', ..., true),
-- i.e. SET LOCAL ROLE), so the connecting role may stay the tables' owner and run the
-- migrations, and PgBouncer's transaction pooling keeps working.
-- Roles belong to the whole cluster: several databases (tests, other instances) share it.
DO $$ BEGIN
  CREATE ROLE funnelmeter_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT pg_has_role(current_user, 'funnelmeter_app', 'MEMBER') THEN
    EXECUTE format('GRANT funnelmeter_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO funnelmeter_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO funnelmeter_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO funnelmeter_app;
--> statement-breakpoint
-- Tables of later migrations (run by the same role) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO funnelmeter_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO funnelmeter_app;
--> statement-breakpoint
ALTER TABLE "members" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "members" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "members" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "metrics" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "metrics" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "metrics" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "weekly_entries" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "weekly_entries" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "weekly_entries" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "invitations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "invitations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "invitations" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "api_keys" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "api_keys" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "api_keys" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "member_costs" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "member_costs" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "member_costs" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "lagging_results" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "lagging_results" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "lagging_results" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "survey_rounds" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "survey_rounds" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "survey_rounds" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "survey_responses" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "survey_responses" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "survey_responses" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "audit_events" USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON "organizations" USING (id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (id = nullif(current_setting('app.org_id', true), '')::uuid);
--> statement-breakpoint
-- The narrow lookups that precede an organization context (lib/data/tenant-tx.ts,
-- lookup()): each admits, read-only, just the rows that match the one key it was given.
-- A user's own memberships (log-in, the organization switcher, the tenant gate):
CREATE POLICY lookup_by_user ON "members" FOR SELECT USING (user_id = nullif(current_setting('app.user_id', true), '')::uuid);
--> statement-breakpoint
-- An invitation link: the invitation, the member it invites and the organization.
CREATE POLICY lookup_by_token ON "invitations" FOR SELECT USING (token_hash = nullif(current_setting('app.invitation_token_hash', true), ''));
--> statement-breakpoint
CREATE POLICY lookup_by_token ON "members" FOR SELECT USING ((org_id, id) IN (
  SELECT org_id, member_id FROM invitations WHERE token_hash = nullif(current_setting('app.invitation_token_hash', true), '')));
--> statement-breakpoint
-- An API key (and marking it used).
CREATE POLICY lookup_by_key ON "api_keys" FOR SELECT USING (key_hash = nullif(current_setting('app.api_key_hash', true), ''));
--> statement-breakpoint
CREATE POLICY lookup_by_key_touch ON "api_keys" FOR UPDATE USING (key_hash = nullif(current_setting('app.api_key_hash', true), '')) WITH CHECK (key_hash = nullif(current_setting('app.api_key_hash', true), ''));
--> statement-breakpoint
-- The organization of any of those, or named by its slug (the admin CLI, the demo seed).
CREATE POLICY lookup ON "organizations" FOR SELECT USING (
  slug = nullif(current_setting('app.org_slug', true), '')
  OR id IN (SELECT org_id FROM members WHERE user_id = nullif(current_setting('app.user_id', true), '')::uuid)
  OR id IN (SELECT org_id FROM invitations WHERE token_hash = nullif(current_setting('app.invitation_token_hash', true), ''))
  OR id IN (SELECT org_id FROM api_keys WHERE key_hash = nullif(current_setting('app.api_key_hash', true), '')));
