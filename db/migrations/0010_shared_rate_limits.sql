CREATE TABLE "rate_limit_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" timestamp with time zone,
	CONSTRAINT "rate_limit_counters_key_length" CHECK (length("rate_limit_counters"."key") between 1 and 200)
);
