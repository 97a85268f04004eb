ALTER TABLE "accounts" ADD COLUMN "vouch_criteria" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "addressed_as" text DEFAULT '' NOT NULL;