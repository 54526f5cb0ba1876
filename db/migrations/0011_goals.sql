CREATE TABLE "weekly_goals" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid,
	"from_week_start" date NOT NULL,
	"appointments" integer NOT NULL,
	"calls" integer,
	"conversations" integer,
	"set_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weekly_goals_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "weekly_goals_scope_week" UNIQUE NULLS NOT DISTINCT("org_id","member_id","from_week_start"),
	CONSTRAINT "weekly_goals_monday" CHECK (extract(isodow from "weekly_goals"."from_week_start") = 1),
	CONSTRAINT "weekly_goals_positive" CHECK ("weekly_goals"."appointments" >= 0 and coalesce("weekly_goals"."calls", 0) >= 0 and coalesce("weekly_goals"."conversations", 0) >= 0)
);
--> statement-breakpoint
ALTER TABLE "weekly_goals" ADD CONSTRAINT "weekly_goals_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_goals" ADD CONSTRAINT "weekly_goals_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weekly_goals" ADD CONSTRAINT "weekly_goals_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE cascade ON UPDATE no action;