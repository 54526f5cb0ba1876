ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_key_hash_unique";--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_token_hash_unique";--> statement-breakpoint
CREATE INDEX "api_keys_key_hash" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "invitations_token_hash" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_org_key_hash" UNIQUE("org_id","key_hash");--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_org_token" UNIQUE("org_id","token_hash");