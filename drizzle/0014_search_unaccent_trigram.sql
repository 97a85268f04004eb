-- Accent- and typo-tolerant search of people. Both PostgreSQL and PGlite ship unaccent and pg_trgm
-- (PGlite loads them in src/db/client.ts); both are trusted extensions, so the database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary is looked up by name at run time); with the dictionary named
-- explicitly the result depends on the text alone, so an index may use it.
CREATE OR REPLACE FUNCTION public.linchpin_fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;--> statement-breakpoint
-- The search document's configurations: 'simple' and 'english' with accents folded first, so "garcia"
-- matches "García" in both the document and the query.
CREATE TEXT SEARCH CONFIGURATION public.linchpin_simple (COPY = pg_catalog.simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.linchpin_simple
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.simple;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION public.linchpin_english (COPY = pg_catalog.english);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION public.linchpin_english
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.english_stem;--> statement-breakpoint
-- Typo candidates: trigrams of the folded name.
CREATE INDEX "people_name_trgm_idx" ON "people" USING gin (public.linchpin_fold("name") public.gin_trgm_ops);--> statement-breakpoint
-- Existing documents in the new configurations (the expression of people/repository.ts searchDocument
-- as of this migration).
UPDATE "people" SET "search" =
  setweight(to_tsvector('public.linchpin_simple', "people"."name"), 'A') ||
  setweight(to_tsvector('public.linchpin_simple', concat_ws(' ', "people"."company", "people"."title",
    array_to_string("people"."tags", ' '), translate(array_to_string("people"."emails", ' '), '@.', '  '))), 'B') ||
  setweight(to_tsvector('public.linchpin_simple', concat_ws(' ', "people"."blurb", "people"."location",
    (select string_agg(concat_ws(' ', n.text, array_to_string(n.tags, ' ')), ' ') from needs n where n.person_id = "people"."id"),
    (select string_agg(concat_ws(' ', o.text, o.ideal_counterpart, array_to_string(o.tags, ' ')), ' ') from offers o where o.person_id = "people"."id"))), 'C') ||
  setweight(to_tsvector('public.linchpin_english', concat_ws(' ', "people"."blurb",
    (select string_agg(concat_ws(' ', n.text, array_to_string(n.tags, ' ')), ' ') from needs n where n.person_id = "people"."id"),
    (select string_agg(concat_ws(' ', o.text, o.ideal_counterpart, array_to_string(o.tags, ' ')), ' ') from offers o where o.person_id = "people"."id"))), 'D')
WHERE "deleted_at" IS NULL;
