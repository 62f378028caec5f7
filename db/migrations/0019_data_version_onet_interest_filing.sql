ALTER TABLE "data_version_onet_interests" ADD COLUMN "onet_title" text;--> statement-breakpoint
ALTER TABLE "data_version_onet_interests" ADD COLUMN "bls_code" text;--> statement-breakpoint
ALTER TABLE "data_version_onet_interests" ADD COLUMN "source_vintage" text;