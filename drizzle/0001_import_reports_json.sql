ALTER TABLE "import_reports" ALTER COLUMN "records" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "import_reports" ALTER COLUMN "attention" SET DATA TYPE json;