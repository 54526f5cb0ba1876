CREATE TABLE "survey_responses" (
	"org_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"health" text NOT NULL,
	"practices" jsonb NOT NULL,
	"open_pipeline_value" numeric(14, 2) NOT NULL,
	"expected_to_close" numeric(14, 2) NOT NULL,
	"target" numeric(14, 2) NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_responses_org_id_round_id_member_id_pk" PRIMARY KEY("org_id","round_id","member_id"),
	CONSTRAINT "survey_responses_health" CHECK ("survey_responses"."health" in ('healthy', 'neutral', 'unhealthy')),
	CONSTRAINT "survey_responses_amounts" CHECK ("survey_responses"."open_pipeline_value" >= 0 and "survey_responses"."expected_to_close" >= 0 and "survey_responses"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_rounds" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"privacy" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "survey_rounds_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "survey_rounds_privacy" CHECK ("survey_rounds"."privacy" in ('anonymous', 'named'))
);
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_org_id_round_id_survey_rounds_org_id_id_fk" FOREIGN KEY ("org_id","round_id") REFERENCES "public"."survey_rounds"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_rounds" ADD CONSTRAINT "survey_rounds_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_rounds_org_opened" ON "survey_rounds" USING btree ("org_id","opened_at");