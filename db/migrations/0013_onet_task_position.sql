-- Rows already loaded get a stand-in order (by task ID) so the column can be NOT NULL; the seed format version that
-- came with this column (seed/load.ts) makes the next start reload every task with O*NET's own order.
ALTER TABLE "onet_tasks" ADD COLUMN "position" integer;--> statement-breakpoint
UPDATE "onet_tasks" SET "position" = ranked."position" FROM (SELECT "onet_code", "task_id", row_number() OVER (PARTITION BY "onet_code" ORDER BY "task_id")::integer AS "position" FROM "onet_tasks") AS ranked WHERE ranked."onet_code" = "onet_tasks"."onet_code" AND ranked."task_id" = "onet_tasks"."task_id";--> statement-breakpoint
ALTER TABLE "onet_tasks" ALTER COLUMN "position" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "onet_tasks" ADD CONSTRAINT "onet_tasks_position" CHECK ("onet_tasks"."position" >= 1);
