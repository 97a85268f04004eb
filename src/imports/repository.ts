// All SQL of imports. Every query is scoped by account id.
import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import {
  type ImportRow,
  importFingerprints,
  importRecords,
  imports,
  interactions,
  people,
  personPhotos,
} from '../db/schema';
import type { PersonFields } from './merge';

export const CONNECTED_NOTE = 'Connected on LinkedIn';

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

export async function insertRecords(db: DbOrTx, rows: (typeof importRecords.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db.insert(importRecords).values(rows.slice(i, i + 1000));
}

export type RecordFilter = 'all' | 'attention' | 'created' | 'merged' | 'skipped' | 'failed';

export async function listRecords(
  db: DbOrTx,
  accountId: string,
  importId: string,
  filter: RecordFilter,
  limit: number,
  afterSeq = 0,
) {
  const attention = sql`(${importRecords.outcome} = 'failed' or jsonb_array_length(${importRecords.conflicts}) > 0
    or jsonb_array_length(${importRecords.warnings}) > 0 or jsonb_array_length(${importRecords.possibleDuplicates}) > 0)`;
  return db
    .select()
    .from(importRecords)
    .where(
      and(
        eq(importRecords.accountId, accountId),
        eq(importRecords.importId, importId),
        gt(importRecords.seq, afterSeq),
        filter === 'all' ? undefined : filter === 'attention' ? attention : eq(importRecords.outcome, filter),
      ),
    )
    .orderBy(asc(importRecords.seq))
    .limit(limit + 1);
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
      and(eq(importFingerprints.accountId, accountId), inArray(importFingerprints.fingerprint, fingerprints)),
    );
  return new Map(rows.map((r) => [r.fingerprint, r.personId]));
}

export async function insertFingerprints(
  db: DbOrTx,
  rows: (typeof importFingerprints.$inferInsert)[],
): Promise<void> {
  if (!rows.length) return;
  await db.insert(importFingerprints).values(rows).onConflictDoNothing();
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
    .where(eq(people.accountId, accountId));
}

export async function loadPeople(db: DbOrTx, accountId: string, ids: string[], lock: boolean) {
  if (!ids.length) return [];
  const q = db
    .select()
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, ids)));
  return lock ? q.for('update') : q;
}

/** Serialises the writes of imports (and merges) into one account, across processes. */
export async function lockAccountForImport(tx: DbOrTx, accountId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`import:${accountId}`}))`);
}

export async function insertPeopleWithIds(
  db: DbOrTx,
  accountId: string,
  rows: (PersonFields & { id: string })[],
  now: Date,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(people)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, accountId, createdAt: now, updatedAt: now })));
  }
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

/** "personId|YYYY-MM-DD" of the LinkedIn connections already recorded for these people. */
export async function connectedDays(
  db: DbOrTx,
  accountId: string,
  personIds: string[],
): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const rows = await db
    .select({ personId: interactions.personId, at: interactions.occurredAt })
    .from(interactions)
    .where(
      and(
        eq(interactions.accountId, accountId),
        inArray(interactions.personId, personIds),
        eq(interactions.type, 'social'),
        eq(interactions.note, CONNECTED_NOTE),
      ),
    );
  return new Set(rows.map((r) => `${r.personId}|${r.at.toISOString().slice(0, 10)}`));
}

export async function insertConnections(
  db: DbOrTx,
  accountId: string,
  rows: { personId: string; day: string }[],
  now: Date,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(interactions).values(
      rows.slice(i, i + 1000).map((r) => ({
        accountId,
        personId: r.personId,
        type: 'social' as const,
        direction: 'mutual' as const,
        occurredAt: new Date(`${r.day}T12:00:00.000Z`),
        note: CONNECTED_NOTE,
        createdAt: now,
      })),
    );
  }
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
    .where(and(eq(personPhotos.accountId, accountId), inArray(personPhotos.personId, personIds)));
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
