ALTER TABLE "outbox_messages" ADD COLUMN "accepted" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "rejected" jsonb DEFAULT '[]'::jsonb NOT NULL;