// Tables for imports (jobs, per-record reports, fingerprints), photos, duplicate dismissals and the
// per-account id key that lets backups round-trip byte for byte.
import {
  boolean,
  customType,
  index,
  integer,
  json,
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

export type ImportStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'interrupted';
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
    /**
     * Bumped after every batch; a running import whose heartbeat is old died with its process. An import
     * left running by a process that is gone is marked interrupted at start-up (see markOrphanedImports).
     */
    heartbeatAt: ts('heartbeat_at'),
  },
  (t) => [index('imports_account_created_idx').on(t.accountId, t.createdAt)],
);

/** A stored per-record report entry (the API's ImportRecord). */
export type ImportRecordJson = {
  seq: number;
  lines: [number, number];
  outcome: ImportOutcome;
  personId: string | null;
  name: string;
  reasons: string[];
  warnings: string[];
  conflicts: ConflictJson[];
  possibleDuplicates: PossibleDuplicateJson[];
};

/**
 * How a report entry is stored: the lists that are empty and a missing person id are left out (most
 * records have neither, and the report is a good part of what an import writes).
 */
export type StoredImportRecord = Omit<
  ImportRecordJson,
  'personId' | 'reasons' | 'warnings' | 'conflicts' | 'possibleDuplicates'
> &
  Partial<Pick<ImportRecordJson, 'personId' | 'reasons' | 'warnings' | 'conflicts' | 'possibleDuplicates'>>;

/**
 * The per-record report of an import, one row per batch of records: tens of thousands of records cost a
 * few dozen rows. `attention` repeats the records that need a look (failed, conflicts, warnings,
 * possible duplicates) so the import's summary reads little. Person ids are as they were at import time.
 */
export const importReports = pgTable(
  'import_reports',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    firstSeq: integer('first_seq').notNull(),
    lastSeq: integer('last_seq').notNull(),
    accountId: uuid('account_id').notNull(),
    // json, not jsonb: written once and only ever read back whole, so the binary form buys nothing and
    // converting a 1,000-record batch to it cost ~10 ms per batch (measured in bench/imports).
    records: json('records').$type<StoredImportRecord[]>().notNull(),
    attention: json('attention').$type<StoredImportRecord[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.firstSeq] })],
);

/**
 * A hash of every record an import has applied, per account. Seeing it again means "already imported":
 * re-importing a file changes nothing, and an interrupted import can simply be run again.
 */
export const importFingerprints = pgTable(
  'import_fingerprints',
  {
    // Deleted with the person (and so with the account): no foreign key to accounts needed.
    accountId: uuid('account_id').notNull(),
    fingerprint: text('fingerprint').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  // person_id is indexed for the cascade when a person is deleted (without it, every delete would scan
  // the fingerprints of every account).
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
