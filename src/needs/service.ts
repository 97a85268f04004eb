// Needs of a person. A need is part of its person's search document, so every change re-indexes the
// person in the same transaction.
import type { Db, DbOrTx } from '../db/client';
import { NewestFirstCursor } from '../db/newest-first';
import type { NeedRow } from '../db/schema';
import { markPending } from '../matching/pending';
import { findPerson, refreshSearch } from '../people/repository';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { notFound } from '../shared/errors';
import * as repo from './repository';
import type { Need, NeedInput, NeedPatch } from './schema';

export function toNeed(row: NeedRow): Need {
  return {
    id: row.id,
    personId: row.personId,
    text: row.text,
    tags: row.tags,
    urgency: row.urgency,
    neededBy: row.neededBy,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function createNeed(
  db: Db,
  accountId: string,
  personId: string,
  input: NeedInput,
  now: Date,
): Promise<Need> {
  return db.transaction(async (tx) => {
    if (!(await findPerson(tx, accountId, personId))) throw notFound('Person');
    const [row] = await repo.insertNeeds(tx, accountId, [
      { ...input, personId, createdAt: now, updatedAt: now },
    ]);
    await refreshSearch(tx, accountId, [personId]);
    await markPending(tx, accountId, [{ kind: 'need', id: row!.id }], now);
    return toNeed(row!);
  });
}

export async function getNeed(db: DbOrTx, accountId: string, id: string): Promise<Need> {
  const row = await repo.findNeed(db, accountId, id);
  if (!row) throw notFound('Need');
  return toNeed(row);
}

export async function updateNeed(
  db: Db,
  accountId: string,
  id: string,
  patch: NeedPatch,
  now: Date,
): Promise<Need> {
  return db.transaction(async (tx) => {
    const row = await repo.updateNeed(tx, accountId, id, { ...patch, updatedAt: now });
    if (!row) throw notFound('Need');
    await refreshSearch(tx, accountId, [row.personId]);
    await markPending(tx, accountId, [{ kind: 'need', id }], now);
    return toNeed(row);
  });
}

/** Sets a need's status inside the caller's transaction (an introduction's outcome marking it met). */
export async function setNeedStatusIn(
  tx: DbOrTx,
  accountId: string,
  id: string,
  status: NeedRow['status'],
  now: Date,
): Promise<NeedRow> {
  const row = await repo.updateNeed(tx, accountId, id, { status, updatedAt: now });
  if (!row) throw notFound('Need');
  await refreshSearch(tx, accountId, [row.personId]);
  await markPending(tx, accountId, [{ kind: 'need', id }], now);
  return row;
}

export async function deleteNeed(db: Db, accountId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.deleteNeed(tx, accountId, id);
    if (!row) throw notFound('Need');
    await refreshSearch(tx, accountId, [row.personId]);
    await markPending(tx, accountId, [{ kind: 'need', id }]);
  });
}

/** A page of a person's needs, newest first. */
export async function listNeeds(
  db: DbOrTx,
  accountId: string,
  personId: string,
  page: { limit?: number; cursor?: string },
): Promise<{ items: Need[]; nextCursor: string | null }> {
  if (!(await findPerson(db, accountId, personId))) throw notFound('Person');
  const after = decodeCursor(page.cursor, NewestFirstCursor);
  const { rows, next } = await repo.listNeedsOfPerson(db, accountId, personId, page.limit ?? 50, after);
  return { items: rows.map(toNeed), nextCursor: next ? encodeCursor(next) : null };
}
