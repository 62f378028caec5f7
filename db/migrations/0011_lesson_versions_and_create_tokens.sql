ALTER TABLE "lesson_bundles" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "lesson_bundles" ADD COLUMN "create_token_hash" text;--> statement-breakpoint
ALTER TABLE "lesson_bundles" ADD CONSTRAINT "lesson_bundles_create_token_once" UNIQUE("create_token_hash");--> statement-breakpoint
ALTER TABLE "lesson_bundles" ADD CONSTRAINT "lesson_bundles_version_positive" CHECK ("lesson_bundles"."version" >= 1);--> statement-breakpoint
ALTER TABLE "lesson_bundles" ADD CONSTRAINT "lesson_bundles_create_token_hash_format" CHECK ("lesson_bundles"."create_token_hash" ~ '^[0-9a-f]{64}$');