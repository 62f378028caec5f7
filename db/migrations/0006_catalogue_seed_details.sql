ALTER TABLE "pay_percentiles" ADD COLUMN "top_code_hourly" numeric(7, 2);--> statement-breakpoint
ALTER TABLE "pay_percentiles" ADD COLUMN "hourly_only" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "onet_education_levels" ADD COLUMN "recommend_suppress" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pay_percentiles" ADD CONSTRAINT "pay_percentiles_top_codes" CHECK ((cardinality("pay_percentiles"."top_coded") > 0) = ("pay_percentiles"."top_code_annual" is not null and "pay_percentiles"."top_code_hourly" is not null));