CREATE TABLE "data_version_pay_percentiles" (
	"data_version_id" integer NOT NULL,
	"soc_code" text NOT NULL,
	"wage_year" integer NOT NULL,
	"employment" integer,
	"annual_p10" integer,
	"annual_p25" integer,
	"annual_median" integer,
	"annual_p75" integer,
	"annual_p90" integer,
	"hourly_p10" numeric(7, 2),
	"hourly_p25" numeric(7, 2),
	"hourly_median" numeric(7, 2),
	"hourly_p75" numeric(7, 2),
	"hourly_p90" numeric(7, 2),
	"top_coded" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"top_code_annual" integer,
	"top_code_hourly" numeric(7, 2),
	"annual_only" boolean DEFAULT false NOT NULL,
	"hourly_only" boolean DEFAULT false NOT NULL,
	"source_id" text NOT NULL,
	CONSTRAINT "data_version_pay_percentiles_data_version_id_soc_code_wage_year_pk" PRIMARY KEY("data_version_id","soc_code","wage_year")
);
--> statement-breakpoint
ALTER TABLE "data_version_pay_percentiles" ADD CONSTRAINT "data_version_pay_percentiles_data_version_id_data_versions_id_fk" FOREIGN KEY ("data_version_id") REFERENCES "public"."data_versions"("id") ON DELETE cascade ON UPDATE no action;