// All SQL of imports. Every query is scoped by account id.
import { randomUUID } from 'node:crypto';
import { type AnyColumn, and, asc, desc, eq, gt, lt, or, type SQL, sql } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { bulkInsert } from '../db/bulk-insert';
import type { Db, DbOrTx } from '../db/client';
import { jsonParam } from '../db/json-param';
import { rowsOf } from '../db/rows';
import {
  accounts,
  type ImportRecordJson,
  type ImportRow,
  importFingerprints,
  importReports,
  imports,
  interactions,
  people,
  personPhotos,
  type StoredImportRecord,
} from '../db/schema';
import { bumpLastContact } from '../interactions/repository';
import { livePeopleOf, searchDocumentWithoutNeedsOrOffers } from '../people/repository';
import type { PersonFields } from './merge';
import { expandRecord } from './report';

export const CONNECTED_NOTE = 'Connected on LinkedIn';

/**
 * `column = any(values)` with the values as one JSON parameter instead of one parameter each. As an
 * array (not `in (select …)`) so the planner looks each value up in the index: the sub-select form was
 * planned as a hash join over all the account's rows (30 ms per batch of 1,000 at 30k fingerprints,
 * against 5 ms).
 */
function inJson(column: AnyColumn, values: string[], type: 'text' | 'uuid' = 'text'): SQL {
  return sql`${column} = any(array(select jsonb_array_elements_text(${jsonParam(values)})::${sql.raw(type)}))`;
}

export async function insertImport(db: DbOrTx, values: typeof imports.$inferInsert): Promise<ImportRow> {
  const [row] = await db.insert(imports).values(values).returning();
  return row!;
}

export async function updateImport(
  db: DbOrTx,
  accountId: string,
  id: string,
  values: Partial<typeof imports.$inferInsert>,
): Promise<void> {
  await db
    .update(imports)
    .set(values)
    .where(and(eq(imports.accountId, accountId), eq(imports.id, id)));
}

/**
 * Records an import's progress with a synchronous commit. Batches commit without waiting for their WAL
 * flush (see startImportBatch); this commit waits for it, and the WAL is flushed in order, so once it
 * returns every batch before it is durable too. Progress therefore never names a record a crash can lose.
 */
export async function recordProgress(
  db: Db,
  accountId: string,
  id: string,
  values: Pick<
    typeof imports.$inferInsert,
    'processed' | 'created' | 'merged' | 'skipped' | 'failed' | 'heartbeatAt'
  >,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = on`);
    await updateImport(tx, accountId, id, values);
  });
}

/**
 * Marks as interrupted the imports left queued or running by a process that is gone: every one of them
 * when `all` (the embedded database: the process that opens it is the only one), otherwise those whose
 * heartbeat is older than `staleBefore` (PostgreSQL: other processes may be importing right now).
 */
export async function markInterrupted(
  db: DbOrTx,
  opts: { all: boolean; staleBefore: Date; now: Date; error: string },
): Promise<number> {
  const unfinished = or(eq(imports.status, 'queued'), eq(imports.status, 'running'));
  const beat = sql`coalesce(${imports.heartbeatAt}, ${imports.startedAt}, ${imports.createdAt})`;
  const rows = await db
    .update(imports)
    .set({ status: 'interrupted', error: opts.error, finishedAt: opts.now })
    .where(opts.all ? unfinished : and(unfinished, lt(beat, opts.staleBefore)))
    .returning({ id: imports.id });
  return rows.length;
}

export async function findImport(db: DbOrTx, accountId: string, id: string): Promise<ImportRow | undefined> {
  const [row] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.accountId, accountId), eq(imports.id, id)));
  return row;
}

export async function listImports(
  db: DbOrTx,
  accountId: string,
  limit: number,
  after?: { at: Date; id: string },
): Promise<ImportRow[]> {
  return db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.accountId, accountId),
        after
          ? or(
              lt(imports.createdAt, after.at),
              and(eq(imports.createdAt, after.at), lt(imports.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(imports.createdAt), desc(imports.id))
    .limit(limit + 1);
}

export async function insertReport(
  db: DbOrTx,
  row: {
    importId: string;
    accountId: string;
    records: StoredImportRecord[];
    attention: StoredImportRecord[];
  },
): Promise<void> {
  if (!row.records.length) return;
  // The two lists as JSON bytes (see jsonParam): a batch's records are the largest parameter it sends.
  await db.execute(sql`insert into ${importReports}
    (import_id, first_seq, last_seq, account_id, records, attention)
    values (${row.importId}, ${row.records[0]!.seq}, ${row.records.at(-1)!.seq}, ${row.accountId},
      ${jsonParam(row.records, 'json')}, ${jsonParam(row.attention, 'json')})`);
}

/** Report batches holding records after `afterSeq`, in order; `attentionOnly` reads the short lists. */
export async function reportBatches(
  db: DbOrTx,
  accountId: string,
  importId: string,
  afterSeq: number,
  limit: number,
  attentionOnly: boolean,
): Promise<ImportRecordJson[][]> {
  const rows = await db
    .select({ list: attentionOnly ? importReports.attention : importReports.records })
    .from(importReports)
    .where(
      and(
        eq(importReports.accountId, accountId),
        eq(importReports.importId, importId),
        gt(importReports.lastSeq, afterSeq),
      ),
    )
    .orderBy(asc(importReports.firstSeq))
    .limit(limit);
  return rows.map((r) => r.list.map(expandRecord));
}

export async function findFingerprints(
  db: DbOrTx,
  accountId: string,
  fingerprints: string[],
): Promise<Map<string, string>> {
  if (!fingerprints.length) return new Map();
  const rows = await db
    .select({ fingerprint: importFingerprints.fingerprint, personId: importFingerprints.personId })
    .from(importFingerprints)
    .where(
      and(eq(importFingerprints.accountId, accountId), inJson(importFingerprints.fingerprint, fingerprints)),
    );
  return new Map(rows.map((r) => [r.fingerprint, r.personId]));
}

/**
 * A plain insert, without ON CONFLICT (whose speculative insertion cost a fifth more): a batch writes only
 * fingerprints it has just looked up and not found, under the account's import lock, once each. A
 * duplicate would be a bug, and fails its records loudly instead of being ignored.
 */
export async function insertFingerprints(
  db: DbOrTx,
  accountId: string,
  rows: { fingerprint: string; personId: string }[],
  now: Date,
): Promise<void> {
  await bulkInsert(db, importFingerprints, rows, { shared: { accountId, createdAt: now } });
}

/** What the duplicate index needs of every person in the account. */
export async function indexRows(db: DbOrTx, accountId: string) {
  return db
    .select({
      id: people.id,
      name: people.name,
      company: people.company,
      emails: people.emails,
      phones: people.phones,
      links: people.links,
    })
    .from(people)
    .where(livePeopleOf(accountId));
}

export async function loadPeople(db: DbOrTx, accountId: string, ids: string[], lock: boolean) {
  if (!ids.length) return [];
  const q = db
    .select()
    .from(people)
    .where(and(livePeopleOf(accountId), inJson(people.id, ids, 'uuid')));
  return lock ? q.for('update') : q;
}

/**
 * Serialises the writes of imports into one account, across processes. Also lets the batch commit
 * without waiting for its WAL flush: a crash can lose at most the last batches, and since every batch is
 * whole (people with their fingerprints) importing the file again redoes exactly those.
 */
export async function startImportBatch(
  tx: DbOrTx,
  accountId: string,
  importId: string,
  skipRowChecks: boolean,
): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${accountId}`}))`);
  await tx.execute(sql`set local synchronous_commit = off`);
  if (skipRowChecks) await checkReferencesOnce(tx, accountId, importId);
}

/** The tables an import batch writes. */
const WRITTEN_TABLES = [people, interactions, personPhotos, importFingerprints, importReports, imports];

/**
 * Whether a batch may check its references once and skip the per-row foreign-key triggers: only when
 * the tables it writes have no other trigger (which would be skipped too), and only for a superuser
 * (session_replication_role needs one: always so on the embedded database, rarely on a server).
 */
export async function canSkipRowChecks(db: DbOrTx): Promise<boolean> {
  const [row] = await rowsOf<{ ok: boolean }>(
    db,
    sql`select current_setting('is_superuser') = 'on' and not exists (
      select 1 from pg_trigger t left join pg_constraint c on c.oid = t.tgconstraint
      where t.tgrelid in (${sql.join(
        WRITTEN_TABLES.map((table) => sql`${getTableConfig(table).name}::regclass`),
        sql`, `,
      )}) and c.contype is distinct from 'f'
    ) as ok`,
  );
  return row?.ok === true;
}

/**
 * The foreign-key checks of a batch, done once for the batch instead of once per row (they were a fifth
 * of a 30k-row import on PGlite: each is a locking look-up). What a batch writes refers only to the
 * account, the import, the people it creates in the same transaction and the people it merges into,
 * which planBatch has locked FOR UPDATE. Locking the account and the import FOR KEY SHARE here is what
 * the per-row triggers would do: neither can be deleted until the batch commits. Then the triggers are
 * switched off for the rest of this transaction only, which canSkipRowChecks allows only when they are
 * all foreign-key triggers.
 */
async function checkReferencesOnce(tx: DbOrTx, accountId: string, importId: string): Promise<void> {
  const locked = await rowsOf(
    tx,
    sql`select 1 from ${accounts} join ${imports}
    on ${imports.accountId} = ${accounts.id}
    where ${accounts.id} = ${accountId} and ${imports.id} = ${importId} for key share`,
  );
  if (!locked.length) {
    throw new Error('The account or the import no longer exists');
  }
  await tx.execute(sql`set local session_replication_role = replica`);
}

/**
 * Creates the people of a batch, each marked as coming from this import (their source). Their last
 * contact is written with them (the newest of the connections the batch records for them, see
 * insertConnections): setting it afterwards rewrote every new row, with all its index entries, a second time.
 */
export async function insertPeopleWithIds(
  db: DbOrTx,
  accountId: string,
  importId: string,
  rows: (PersonFields & { id: string; lastContactAt: Date | null })[],
  now: Date,
): Promise<void> {
  // The search document is computed in the same statement: new people have no needs or offers yet.
  await bulkInsert(db, people, rows, {
    shared: { accountId, sourceKind: 'import', sourceImportId: importId, createdAt: now, updatedAt: now },
    alias: 'people',
    computed: [{ name: 'search', expr: searchDocumentWithoutNeedsOrOffers }],
  });
}

export async function updatePersonFields(
  db: DbOrTx,
  accountId: string,
  id: string,
  fields: Partial<PersonFields>,
  now: Date,
): Promise<void> {
  await db
    .update(people)
    .set({ ...fields, updatedAt: now })
    .where(and(eq(people.accountId, accountId), eq(people.id, id)));
}

/** Each person's LinkedIn connection days (YYYY-MM-DD) already recorded, for these people. */
export async function connectedDays(
  db: DbOrTx,
  accountId: string,
  personIds: string[],
): Promise<Map<string, Set<string>>> {
  const days = new Map<string, Set<string>>();
  if (!personIds.length) return days;
  const rows = await db
    .select({ personId: interactions.personId, at: interactions.occurredAt })
    .from(interactions)
    .where(
      and(
        eq(interactions.accountId, accountId),
        inJson(interactions.personId, personIds, 'uuid'),
        eq(interactions.type, 'social'),
        eq(interactions.note, CONNECTED_NOTE),
      ),
    );
  for (const r of rows) {
    const day = r.at.toISOString().slice(0, 10);
    const known = days.get(r.personId);
    if (known) known.add(day);
    else days.set(r.personId, new Set([day]));
  }
  return days;
}

/** When a LinkedIn connection day's interaction happened: noon UTC, the same calendar day nearly everywhere. */
export const connectedAt = (day: string): Date => new Date(`${day}T12:00:00.000Z`);

/** The last contact a new person's connection days give them (null without any). */
export function lastConnectedAt(days: readonly string[]): Date | null {
  let latest: string | undefined;
  for (const day of days) if (latest === undefined || day > latest) latest = day;
  return latest === undefined ? null : connectedAt(latest);
}

/**
 * Records the "connected on" interactions and moves the last contact of the people they belong to
 * forward, except for `created`: people this batch creates, whose last contact insertPeopleWithIds
 * wrote (lastConnectedAt of the same days).
 */
export async function insertConnections(
  db: DbOrTx,
  accountId: string,
  rows: { personId: string; day: string }[],
  now: Date,
  created: ReadonlySet<string>,
): Promise<void> {
  const at = rows.map((r) => ({ personId: r.personId, occurredAt: connectedAt(r.day) }));
  await bulkInsert(
    db,
    interactions,
    at.map((r) => ({ id: randomUUID(), ...r })),
    {
      shared: { accountId, type: 'social', direction: 'mutual', note: CONNECTED_NOTE, createdAt: now },
    },
  );
  await bumpLastContact(
    db,
    accountId,
    at.filter((r) => !created.has(r.personId)),
  );
}

export async function peopleWithPhotos(
  db: DbOrTx,
  accountId: string,
  personIds: string[],
): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows = await db
    .select({ personId: personPhotos.personId })
    .from(personPhotos)
    .where(and(eq(personPhotos.accountId, accountId), inJson(personPhotos.personId, personIds, 'uuid')));
  return new Set(rows.map((r) => r.personId));
}

export async function insertPhotos(
  db: DbOrTx,
  accountId: string,
  rows: { personId: string; mediaType: string; data: Buffer }[],
  now: Date,
): Promise<void> {
  for (const r of rows) {
    await db
      .insert(personPhotos)
      .values({ ...r, accountId, createdAt: now })
      .onConflictDoNothing();
  }
}

/** What a person's source shows of the imports that created them. */
export async function importsByIds(db: DbOrTx, accountId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: imports.id,
      format: imports.format,
      fileName: imports.fileName,
      createdAt: imports.createdAt,
    })
    .from(imports)
    .where(and(eq(imports.accountId, accountId), inJson(imports.id, ids, 'uuid')));
}
