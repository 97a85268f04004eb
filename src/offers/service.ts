// Offers of a person. An offer is part of its person's search document, so every change re-indexes the
// person in the same transaction.
import type { Db, DbOrTx } from '../db/client';
import { NewestFirstCursor } from '../db/newest-first';
import type { OfferRow } from '../db/schema';
import { markPending } from '../matching/pending';
import { findPerson, refreshSearch } from '../people/repository';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { notFound } from '../shared/errors';
import * as repo from './repository';
import type { Offer, OfferInput, OfferPatch } from './schema';

export function toOffer(row: OfferRow): Offer {
  return {
    id: row.id,
    personId: row.personId,
    text: row.text,
    tags: row.tags,
    idealCounterpart: row.idealCounterpart,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function createOffer(
  db: Db,
  accountId: string,
  personId: string,
  input: OfferInput,
  now: Date,
): Promise<Offer> {
  return db.transaction(async (tx) => {
    if (!(await findPerson(tx, accountId, personId))) throw notFound('Person');
    const [row] = await repo.insertOffers(tx, accountId, [
      { ...input, personId, createdAt: now, updatedAt: now },
    ]);
    await refreshSearch(tx, accountId, [personId]);
    await markPending(tx, accountId, [{ kind: 'offer', id: row!.id }], now);
    return toOffer(row!);
  });
}

export async function getOffer(db: DbOrTx, accountId: string, id: string): Promise<Offer> {
  const row = await repo.findOffer(db, accountId, id);
  if (!row) throw notFound('Offer');
  return toOffer(row);
}

export async function updateOffer(
  db: Db,
  accountId: string,
  id: string,
  patch: OfferPatch,
  now: Date,
): Promise<Offer> {
  return db.transaction(async (tx) => {
    const row = await repo.updateOffer(tx, accountId, id, { ...patch, updatedAt: now });
    if (!row) throw notFound('Offer');
    await refreshSearch(tx, accountId, [row.personId]);
    await markPending(tx, accountId, [{ kind: 'offer', id }], now);
    return toOffer(row);
  });
}

export async function deleteOffer(db: Db, accountId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await repo.deleteOffer(tx, accountId, id);
    if (!row) throw notFound('Offer');
    await refreshSearch(tx, accountId, [row.personId]);
    await markPending(tx, accountId, [{ kind: 'offer', id }]);
  });
}

/** A page of a person's offers, newest first. */
export async function listOffers(
  db: DbOrTx,
  accountId: string,
  personId: string,
  page: { limit?: number; cursor?: string },
): Promise<{ items: Offer[]; nextCursor: string | null }> {
  if (!(await findPerson(db, accountId, personId))) throw notFound('Person');
  const after = decodeCursor(page.cursor, NewestFirstCursor);
  const { rows, next } = await repo.listOffersOfPerson(db, accountId, personId, page.limit ?? 50, after);
  return { items: rows.map(toOffer), nextCursor: next ? encodeCursor(next) : null };
}
