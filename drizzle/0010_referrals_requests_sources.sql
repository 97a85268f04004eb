CREATE TABLE "intro_request_links" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "intro_request_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "intro_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"requester_name" text NOT NULL,
	"requester_email" text NOT NULL,
	"about_requester" text NOT NULL,
	"wants_to_meet" text NOT NULL,
	"why" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requester_person_id" uuid,
	"introduction_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"referrer_id" uuid,
	"from_person_id" uuid,
	"to_person_id" uuid,
	"introduction_id" uuid,
	"about" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"estimated_value" numeric(14, 2),
	"closed_value" numeric(14, 2),
	"currency" text,
	"date" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "source_kind" text DEFAULT 'hand' NOT NULL;--> statement-breakpoint
-- People imported before sources were recorded: an import fingerprint says they came from one.
UPDATE "people" SET "source_kind" = 'import' WHERE "id" IN (SELECT "person_id" FROM "import_fingerprints");--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "source_import_id" uuid;--> statement-breakpoint
ALTER TABLE "intro_request_links" ADD CONSTRAINT "intro_request_links_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_requester_person_id_people_id_fk" FOREIGN KEY ("requester_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intro_requests" ADD CONSTRAINT "intro_requests_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referrer_id_people_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_person_id_people_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_person_id_people_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intro_requests_account_status_idx" ON "intro_requests" USING btree ("account_id","status","created_at");--> statement-breakpoint
CREATE INDEX "referrals_account_date_idx" ON "referrals" USING btree ("account_id","date","id");--> statement-breakpoint
CREATE INDEX "referrals_referrer_idx" ON "referrals" USING btree ("referrer_id");--> statement-breakpoint
CREATE INDEX "referrals_from_idx" ON "referrals" USING btree ("from_person_id");--> statement-breakpoint
CREATE INDEX "referrals_to_idx" ON "referrals" USING btree ("to_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_introduction_key" ON "referrals" USING btree ("introduction_id") WHERE "referrals"."introduction_id" is not null;--> statement-breakpoint
CREATE INDEX "people_account_source_idx" ON "people" USING btree ("account_id","source_kind","source_import_id");