CREATE TABLE "team_tenure_sums" (
	"org_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"sums" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_tenure_sums_pk" PRIMARY KEY("org_id","basis")
);
--> statement-breakpoint
ALTER TABLE "team_tenure_sums" ADD CONSTRAINT "team_tenure_sums_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_tenure_sums" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "team_tenure_sums" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "team_tenure_sums"
  USING ("org_id" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("org_id" = nullif(current_setting('app.org_id', true), '')::uuid);
