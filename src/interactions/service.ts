// Interactions with a person: dated touchpoints. They are not part of the search document.
import type { Db, DbOrTx } from '../db/client';
import { NewestFirstCursor } from '../db/newest-first';
import type { InteractionRow } from '../db/schema';
import { findPerson } from '../people/repository';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { notFound } from '../shared/errors';
import * as repo from './repository';
import type { Interaction, InteractionInput, InteractionPatch } from './schema';

export function toInteraction(row: InteractionRow): Interaction {
  return {
    id: row.id,
    personId: row.personId,
    type: row.type,
    direction: row.direction,
    occurredAt: row.occurredAt.toISOString(),
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function createInteraction(
  db: Db,
  accountId: string,
  personId: string,
  input: InteractionInput,
  now: Date,
): Promise<Interaction> {
  return db.transaction(async (tx) => {
    if (!(await findPerson(tx, accountId, personId))) throw notFound('Person');
    const { occurredAt, ...rest } = input;
    const [row] = await repo.insertInteractions(tx, accountId, [
      { ...rest, personId, occurredAt: occurredAt ? new Date(occurredAt) : now, createdAt: now },
    ]);
    return toInteraction(row!);
  });
}

export async function getInteraction(db: DbOrTx, accountId: string, id: string): Promise<Interaction> {
  const row = await repo.findInteraction(db, accountId, id);
  if (!row) throw notFound('Interaction');
  return toInteraction(row);
}

export async function updateInteraction(
  db: Db,
  accountId: string,
  id: string,
  patch: InteractionPatch,
): Promise<Interaction> {
  const { occurredAt, ...rest } = patch;
  const changes: repo.InteractionChanges = occurredAt ? { ...rest, occurredAt: new Date(occurredAt) } : rest;
  // The update and the person's last contact recomputed with it, together.
  const row = await db.transaction((tx) => repo.updateInteraction(tx, accountId, id, changes));
  if (!row) throw notFound('Interaction');
  return toInteraction(row);
}

export async function deleteInteraction(db: Db, accountId: string, id: string): Promise<void> {
  const row = await db.transaction((tx) => repo.deleteInteraction(tx, accountId, id));
  if (!row) throw notFound('Interaction');
}

/** A page of a person's interactions, newest first. */
export async function listInteractions(
  db: DbOrTx,
  accountId: string,
  personId: string,
  page: { limit?: number; cursor?: string },
): Promise<{ items: Interaction[]; nextCursor: string | null }> {
  if (!(await findPerson(db, accountId, personId))) throw notFound('Person');
  const after = decodeCursor(page.cursor, NewestFirstCursor);
  const { rows, next } = await repo.listInteractionsOfPerson(
    db,
    accountId,
    personId,
    page.limit ?? 50,
    after,
  );
  return { items: rows.map(toInteraction), nextCursor: next ? encodeCursor(next) : null };
}
