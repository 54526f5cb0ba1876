CREATE TABLE "member_pay" (
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(12, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_pay_org_id_member_id_effective_from_pk" PRIMARY KEY("org_id","member_id","effective_from"),
	CONSTRAINT "member_pay_kind" CHECK ("member_pay"."kind" in ('hourly', 'monthly')),
	CONSTRAINT "member_pay_amount" CHECK ("member_pay"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "role" text DEFAULT 'manager' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "gross_margin" double precision DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "member_pay" ADD CONSTRAINT "member_pay_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_role" CHECK ("api_keys"."role" in ('owner', 'manager'));--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_gross_margin" CHECK ("organizations"."gross_margin" between 0 and 1);