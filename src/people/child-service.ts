// The service shape shared by needs, offers and interactions: rows that belong to a person.
import { z } from 'zod';
import type { Db, DbOrTx } from '../db/client';
import type { ChildCursor, personChildRepository } from '../db/person-child-repository';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { notFound } from '../shared/errors';
import * as peopleRepo from './repository';

type Repo = ReturnType<typeof personChildRepository>;
const Cursor = z.object({ at: z.iso.datetime(), id: z.uuid() });

export interface ChildServiceOptions<Row, Input, Patch, Out> {
  noun: string;
  repo: Repo;
  toApi(row: Row): Out;
  toValues(input: Input, now: Date): object;
  toPatchValues(patch: Patch, now: Date): object;
  /** Runs in the same transaction after any change, e.g. to re-index the owner for search. */
  afterChange?(tx: DbOrTx, accountId: string, personId: string): Promise<void>;
}

export function personChildService<Row extends { personId: string }, Input, Patch, Out>(
  o: ChildServiceOptions<Row, Input, Patch, Out>,
) {
  const repo = o.repo as unknown as {
    insert(db: DbOrTx, a: string, p: string, v: object[]): Promise<Row[]>;
    find(db: DbOrTx, a: string, id: string): Promise<Row | undefined>;
    update(db: DbOrTx, a: string, id: string, v: object): Promise<Row | undefined>;
    remove(db: DbOrTx, a: string, id: string): Promise<Row | undefined>;
    listForPerson(
      db: DbOrTx,
      a: string,
      p: string,
      l: number,
      c?: ChildCursor,
    ): Promise<{ rows: Row[]; next?: ChildCursor }>;
  };

  return {
    async create(db: Db, accountId: string, personId: string, input: Input, now: Date): Promise<Out> {
      return db.transaction(async (tx) => {
        if (!(await peopleRepo.findPerson(tx, accountId, personId))) throw notFound('Person');
        const [row] = await repo.insert(tx, accountId, personId, [o.toValues(input, now)]);
        await o.afterChange?.(tx, accountId, personId);
        return o.toApi(row!);
      });
    },

    async get(db: DbOrTx, accountId: string, id: string): Promise<Out> {
      const row = await repo.find(db, accountId, id);
      if (!row) throw notFound(o.noun);
      return o.toApi(row);
    },

    async update(db: Db, accountId: string, id: string, patch: Patch, now: Date): Promise<Out> {
      return db.transaction(async (tx) => {
        const row = await repo.update(tx, accountId, id, o.toPatchValues(patch, now));
        if (!row) throw notFound(o.noun);
        await o.afterChange?.(tx, accountId, row.personId);
        return o.toApi(row);
      });
    },

    async remove(db: Db, accountId: string, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await repo.remove(tx, accountId, id);
        if (!row) throw notFound(o.noun);
        await o.afterChange?.(tx, accountId, row.personId);
      });
    },

    async list(db: DbOrTx, accountId: string, personId: string, page: { limit?: number; cursor?: string }) {
      if (!(await peopleRepo.findPerson(db, accountId, personId))) throw notFound('Person');
      const after = decodeCursor(page.cursor, Cursor);
      const { rows, next } = await repo.listForPerson(db, accountId, personId, page.limit ?? 50, after);
      return { items: rows.map(o.toApi), nextCursor: next ? encodeCursor(next) : null };
    },
  };
}

export type ChildService<Input, Patch, Out> = ReturnType<
  typeof personChildService<{ personId: string }, Input, Patch, Out>
>;

/** Needs and offers feed the owner's search document. */
export const reindexOwner = (tx: DbOrTx, accountId: string, personId: string) =>
  peopleRepo.refreshSearch(tx, accountId, [personId]);
