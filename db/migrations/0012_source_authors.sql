ALTER TABLE "ai_impact_notes" DROP CONSTRAINT "ai_impact_notes_editorial_signed";--> statement-breakpoint
ALTER TABLE "sources" ALTER COLUMN "publisher" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "author" text;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_publisher_unless_article" CHECK ("sources"."publisher" is not null or "sources"."kind" = 'article');--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_author_of_article" CHECK ("sources"."author" is null or "sources"."kind" = 'article');--> statement-breakpoint
ALTER TABLE "ai_impact_notes" ADD CONSTRAINT "ai_impact_notes_editorial_reviewed" CHECK ("ai_impact_notes"."layer" <> 'editorial' or "ai_impact_notes"."reviewed_on" is not null);