// Tables for imports (jobs, per-record reports, fingerprints), photos, duplicate dismissals and the
// per-account id key that lets backups round-trip byte for byte.
import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id } from './columns';
import { people } from './people';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed';
export type ImportOutcome = 'created' | 'merged' | 'skipped' | 'failed';
export type ConflictJson = { field: string; existing: string; incoming: string };
export type PossibleDuplicateJson = { personId: string; name: string; reason: string };

export const imports = pgTable(
  'imports',
  {
    id: id(),
    accountId: accountId(),
    status: text('status').$type<ImportStatus>().notNull(),
    format: text('format'),
    fileName: text('file_name').notNull().default(''),
    fileBytes: integer('file_bytes').notNull().default(0),
    dryRun: boolean('dry_run').notNull().default(false),
    options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
    total: integer('total'),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    merged: integer('merged').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    error: text('error'),
    createdAt: createdAt(),
    startedAt: ts('started_at'),
    finishedAt: ts('finished_at'),
    /** Bumped after every batch; a running import whose heartbeat is old died with its process. */
    heartbeatAt: ts('heartbeat_at'),
  },
  (t) => [index('imports_account_created_idx').on(t.accountId, t.createdAt)],
);

/** One row per record of an import: what happened to it and why. */
export const importRecords = pgTable(
  'import_records',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    accountId: accountId(),
    lineStart: integer('line_start').notNull(),
    lineEnd: integer('line_end').notNull(),
    outcome: text('outcome').$type<ImportOutcome>().notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'set null' }),
    name: text('name').notNull().default(''),
    reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    conflicts: jsonb('conflicts').$type<ConflictJson[]>().notNull().default([]),
    possibleDuplicates: jsonb('possible_duplicates').$type<PossibleDuplicateJson[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.seq] }),
    index('import_records_outcome_idx').on(t.importId, t.outcome),
  ],
);

/**
 * A hash of every record an import has applied, per account. Seeing it again means "already imported":
 * re-importing a file changes nothing, and an interrupted import can simply be run again.
 */
export const importFingerprints = pgTable(
  'import_fingerprints',
  {
    accountId: accountId(),
    fingerprint: text('fingerprint').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.fingerprint] }),
    index('import_fingerprints_person_idx').on(t.personId),
  ],
);

/** At most one photo per person, kept from an import when the user asked for photos. */
export const personPhotos = pgTable('person_photos', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id, { onDelete: 'cascade' }),
  accountId: accountId(),
  mediaType: text('media_type').notNull(),
  data: bytea('data').notNull(),
  createdAt: createdAt(),
});

/** "These two are not the same person": hides a possible-duplicate pair. Either order may be stored. */
export const duplicateDismissals = pgTable(
  'duplicate_dismissals',
  {
    accountId: accountId(),
    personA: uuid('person_a')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    personB: uuid('person_b')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.personA, t.personB] }),
    index('duplicate_dismissals_b_idx').on(t.personB),
  ],
);

/**
 * Ids in a backup are the database ids XOR this key. It is zero (no row) unless a backup was restored
 * next to the account it came from, where the original ids were taken; then restore picks a key so the
 * copy gets its own ids and still backs up to the very same file.
 */
export const backupIdKeys = pgTable('backup_id_keys', {
  accountId: uuid('account_id')
    .primaryKey()
    .references(() => accounts.id, { onDelete: 'cascade' }),
  key: uuid('key').notNull(),
  createdAt: createdAt(),
});

export type ImportRow = typeof imports.$inferSelect;
export type ImportRecordRow = typeof importRecords.$inferSelect;
