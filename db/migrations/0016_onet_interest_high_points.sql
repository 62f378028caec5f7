ALTER TABLE "onet_interests" ADD COLUMN "high_point" smallint;--> statement-breakpoint
ALTER TABLE "onet_interests" ADD CONSTRAINT "onet_interests_high_point_once" UNIQUE("onet_code","high_point");--> statement-breakpoint
ALTER TABLE "onet_interests" ADD CONSTRAINT "onet_interests_high_point" CHECK ("onet_interests"."high_point" between 1 and 3);