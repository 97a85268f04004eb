CREATE TABLE "agenda_acknowledgements" (
	"account_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_acknowledgements_account_id_item_key_pk" PRIMARY KEY("account_id","item_key")
);
--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"secret_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_sends" (
	"account_id" uuid NOT NULL,
	"period_key" text NOT NULL,
	"outbox_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_sends_account_id_period_key_pk" PRIMARY KEY("account_id","period_key")
);
--> statement-breakpoint
CREATE TABLE "tag_cadences" (
	"account_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"ideal_days" integer NOT NULL,
	"max_days" integer NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tag_cadences_account_id_tag_pk" PRIMARY KEY("account_id","tag")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "digest_frequency" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "digest_hour" integer DEFAULT 8 NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "last_contact_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "agenda_acknowledgements" ADD CONSTRAINT "agenda_acknowledgements_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_sends" ADD CONSTRAINT "digest_sends_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tag_cadences" ADD CONSTRAINT "tag_cadences_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feeds_secret_key" ON "calendar_feeds" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "people_account_last_contact_idx" ON "people" USING btree ("account_id","last_contact_at");--> statement-breakpoint
UPDATE "people" SET "last_contact_at" = (SELECT max("occurred_at") FROM "interactions" WHERE "interactions"."person_id" = "people"."id");
