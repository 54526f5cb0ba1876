CREATE TABLE "activity_events" (
	"org_id" uuid NOT NULL,
	"event_id" text NOT NULL,
	"member_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"metric_key" text NOT NULL,
	"count" double precision NOT NULL,
	"duration_seconds" double precision DEFAULT 0 NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "activity_events_org_id_event_id_pk" PRIMARY KEY("org_id","event_id"),
	CONSTRAINT "activity_events_count" CHECK ("activity_events"."count" >= 0),
	CONSTRAINT "activity_events_duration" CHECK ("activity_events"."duration_seconds" >= 0)
);
--> statement-breakpoint
CREATE TABLE "call_log_mappings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "weekly_entries" ADD COLUMN "counted" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_entries" ADD COLUMN "corrected_at" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "activity_events" ADD CONSTRAINT "activity_events_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_log_mappings" ADD CONSTRAINT "call_log_mappings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_log_mappings" ADD CONSTRAINT "call_log_mappings_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activity_events_member_week" ON "activity_events" USING btree ("org_id","member_id","week_start");