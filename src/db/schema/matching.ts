// Matching: stored embeddings, the outbox of work waiting to be embedded and re-scored, the stored
// suggestions per (need, provider), the connector's "not a fit" dismissals, no-show overrides and the
// account's settings. Every table carries account_id.
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, updatedAt } from './columns';
import { needs, offers, people } from './people';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

/** What a matching document is about: a need, an offer, or a person's profile (the subject is the person). */
export const MATCH_SUBJECTS = ['need', 'offer', 'profile'] as const;
export type MatchSubject = (typeof MATCH_SUBJECTS)[number];

/** Float32 vectors as little-endian bytes: no pgvector on PostgreSQL 15, and 4 bytes a dimension. */
const vectorBytes = customType<{ data: Float32Array; driverData: Uint8Array | Buffer | string }>({
  dataType: () => 'bytea',
  toDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
  fromDriver: (raw) => {
    const bytes =
      typeof raw === 'string' ? Buffer.from(raw.startsWith('\\x') ? raw.slice(2) : raw, 'hex') : raw;
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    return new Float32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
  },
});

/** One embedding per subject, with the model and a hash of the exact text it was made from. */
export const matchEmbeddings = pgTable(
  'match_embeddings',
  {
    accountId: accountId(),
    subjectKind: text('subject_kind', { enum: MATCH_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    model: text('model').notNull(),
    textHash: text('text_hash').notNull(),
    vector: vectorBytes('vector').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.subjectKind, t.subjectId] }),
    index('match_embeddings_account_idx').on(t.accountId),
    index('match_embeddings_person_idx').on(t.personId),
  ],
);

/**
 * The outbox of matching work: a row is written in the same transaction as the change it stands for, so
 * nothing is lost. `version` grows with every change, so a worker that read an older version leaves the
 * row for the next pass; `claimed_until` is the lease of the worker processing it.
 */
export const matchPending = pgTable(
  'match_pending',
  {
    accountId: accountId(),
    subjectKind: text('subject_kind', { enum: MATCH_SUBJECTS }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    version: integer('version').notNull().default(1),
    markedAt: ts('marked_at').notNull().defaultNow(),
    claimedUntil: ts('claimed_until'),
  },
  (t) => [
    primaryKey({ columns: [t.subjectKind, t.subjectId] }),
    index('match_pending_account_idx').on(t.accountId),
    index('match_pending_marked_idx').on(t.markedAt),
  ],
);

/** One score term, as stored beside a suggestion (what the reasons were built from). */
export type ScoreTermJson = { kind: string; contribution: number; phrase: string };

/** The best provider documents for each open need, kept fresh by the background refresh. */
export const suggestions = pgTable(
  'suggestions',
  {
    id: id(),
    accountId: accountId(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** Null when the provider's profile (not an offer) answers the need. */
    offerId: uuid('offer_id').references(() => offers.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    relevance: real('relevance').notNull(),
    terms: jsonb('terms').$type<ScoreTermJson[]>().notNull().default([]),
    reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
    vouchUnmet: boolean('vouch_unmet').notNull().default(false),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('suggestions_need_provider_key').on(t.needId, t.providerId),
    index('suggestions_account_score_idx').on(t.accountId, t.score),
    index('suggestions_provider_idx').on(t.providerId),
  ],
);

/** "Not a fit": the connector dismissed this provider (and offer) for this need. Undo deletes the row. */
export const suggestionDismissals = pgTable(
  'suggestion_dismissals',
  {
    id: id(),
    accountId: accountId(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id').references(() => offers.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('suggestion_dismissals_need_idx').on(t.accountId, t.needId),
    index('suggestion_dismissals_provider_idx').on(t.providerId),
  ],
);

/** The connector vouches for a provider despite a recorded no-show: they may be suggested again. */
export const noShowOverrides = pgTable(
  'no_show_overrides',
  {
    accountId: accountId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.personId] })],
);

/** Per-account matching settings; absent means the defaults (`src/matching/settings.ts`). */
export const matchingSettings = pgTable('matching_settings', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  suggestionsPerWeek: smallint('suggestions_per_week').notNull(),
  declineCooldownDays: smallint('decline_cooldown_days').notNull(),
  /** When the learner last saw the account's answers: newer answers re-score every open need. */
  learnedUpTo: ts('learned_up_to'),
  updatedAt: updatedAt(),
});

export type MatchEmbeddingRow = typeof matchEmbeddings.$inferSelect;
export type MatchPendingRow = typeof matchPending.$inferSelect;
export type SuggestionRow = typeof suggestions.$inferSelect;
export type SuggestionDismissalRow = typeof suggestionDismissals.$inferSelect;
export type MatchingSettingsRow = typeof matchingSettings.$inferSelect;
