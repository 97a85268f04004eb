import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { INTERACTION_TYPES } from '../../domain/interaction/types';
import { accounts } from './accounts';
import { createdAt, id, tsvector, updatedAt } from './columns';

export type LinkJson = {
  kind: 'linkedin' | 'website' | 'twitter' | 'github' | 'other';
  url: string;
  label?: string;
};
export type VouchJson = { label: string; met: boolean };
export type CaveatJson = { id: string; text: string };
export type IntroPrefsJson = {
  askFirst: boolean;
  maxRequestsPerMonth: number | null;
  doNotIntroduce: boolean;
  valuedHelp: string[];
};

export const PERSON_SOURCE_KINDS = ['hand', 'import', 'demo', 'request'] as const;
export type PersonSourceKind = (typeof PERSON_SOURCE_KINDS)[number];

const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

export const people = pgTable(
  'people',
  {
    id: id(),
    accountId: accountId(),
    name: text('name').notNull(),
    /** How emails greet them ("Bob" for Robert Smith); '' means their first name. */
    addressedAs: text('addressed_as').notNull().default(''),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    company: text('company').notNull().default(''),
    title: text('title').notNull().default(''),
    location: text('location').notNull().default(''),
    links: jsonb('links').$type<LinkJson[]>().notNull().default([]),
    blurb: text('blurb').notNull().default(''),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    trust: smallint('trust'),
    vouchCriteria: jsonb('vouch_criteria').$type<VouchJson[]>().notNull().default([]),
    privateNotes: text('private_notes').notNull().default(''),
    caveats: jsonb('caveats').$type<CaveatJson[]>().notNull().default([]),
    introPreferences: jsonb('intro_preferences').$type<IntroPrefsJson>().notNull(),
    keepInTouchIdealDays: integer('keep_in_touch_ideal_days'),
    keepInTouchMaxDays: integer('keep_in_touch_max_days'),
    /** Latest interaction's time, kept by the interactions repository (derived: a restore recomputes it). */
    lastContactAt: timestamp('last_contact_at', { withTimezone: true, mode: 'date', precision: 3 }),
    /**
     * Where the person came from: 'hand' (added in the app, CLI or API), 'import' (then
     * `sourceImportId` names the import; null for people imported before sources were recorded),
     * 'demo' or 'request' (asked for an introduction through the public link).
     */
    sourceKind: text('source_kind', { enum: PERSON_SOURCE_KINDS }).notNull().default('hand'),
    /** The import that created the person. No foreign key: imports are history and never deleted. */
    sourceImportId: uuid('source_import_id'),
    /** Maintained by the people repository from the person, their needs and their offers. */
    search: tsvector('search'),
    /**
     * Set when a person who was in introductions is deleted: the row stays, emptied of personal data, so
     * those introductions keep their consent history. Every read of people leaves such rows out.
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date', precision: 3 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('people_account_name_idx').on(t.accountId, sql`lower(${t.name})`, t.id),
    index('people_search_idx').using('gin', t.search),
    index('people_tags_idx').using('gin', t.tags),
    index('people_account_last_contact_idx').on(t.accountId, t.lastContactAt),
    // Keep-in-touch reads start from the few people with a cadence of their own.
    index('people_own_cadence_idx')
      .on(t.accountId)
      .where(
        sql`(${t.keepInTouchIdealDays} is not null or ${t.keepInTouchMaxDays} is not null) and ${t.deletedAt} is null`,
      ),
    index('people_emails_idx').using('gin', t.emails),
    index('people_account_source_idx').on(t.accountId, t.sourceKind, t.sourceImportId),
  ],
);

export const needs = pgTable(
  'needs',
  {
    id: id(),
    accountId: accountId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    urgency: text('urgency', { enum: ['low', 'normal', 'high'] })
      .notNull()
      .default('normal'),
    neededBy: date('needed_by', { mode: 'string' }),
    status: text('status', { enum: ['open', 'met', 'dropped'] })
      .notNull()
      .default('open'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('needs_person_idx').on(t.personId),
    index('needs_account_status_idx').on(t.accountId, t.status),
    // Today's needs coming due: open ones by needed-by date.
    index('needs_account_needed_by_idx')
      .on(t.accountId, t.neededBy)
      .where(sql`${t.status} = 'open' and ${t.neededBy} is not null`),
  ],
);

export const offers = pgTable(
  'offers',
  {
    id: id(),
    accountId: accountId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    idealCounterpart: text('ideal_counterpart').notNull().default(''),
    status: text('status', { enum: ['active', 'paused', 'withdrawn'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('offers_person_idx').on(t.personId),
    index('offers_account_status_idx').on(t.accountId, t.status),
  ],
);

export const interactions = pgTable(
  'interactions',
  {
    id: id(),
    accountId: accountId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    type: text('type', { enum: INTERACTION_TYPES }).notNull(),
    direction: text('direction', { enum: ['outbound', 'inbound', 'mutual'] }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('interactions_person_time_idx').on(t.personId, t.occurredAt)],
);

export type PersonRow = typeof people.$inferSelect;
export type NeedRow = typeof needs.$inferSelect;
export type OfferRow = typeof offers.$inferSelect;
export type InteractionRow = typeof interactions.$inferSelect;
