// Needs, offers and interactions are rows owned by one person in one account. They share this repository
// so the account scoping and keyset paging are written once.
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { DbOrTx } from './client';
import { interactions, needs, offers } from './schema';

type ChildTable = typeof needs | typeof offers | typeof interactions;
type Values<T extends ChildTable> = Omit<T['$inferInsert'], 'id' | 'accountId' | 'personId'>;

export interface ChildCursor {
  at: string;
  id: string;
}

export function personChildRepository<T extends ChildTable>(
  table: T,
  sortColumn: 'createdAt' | 'occurredAt',
) {
  // Drizzle cannot narrow a union of tables generically; the casts stay inside this file.
  const t = table as typeof needs;
  const sortBy = (table as unknown as Record<string, typeof needs.createdAt>)[sortColumn]!;
  type Row = T['$inferSelect'];

  return {
    async insert(db: DbOrTx, accountId: string, personId: string, values: Values<T>[]): Promise<Row[]> {
      if (values.length === 0) return [];
      return (await db
        .insert(t)
        .values(values.map((v) => ({ ...(v as object), accountId, personId })) as never)
        .returning()) as Row[];
    },

    /** One statement for rows of many people (bulk loads such as the demo network). */
    async insertMany(
      db: DbOrTx,
      accountId: string,
      rows: (Values<T> & { personId: string })[],
    ): Promise<Row[]> {
      if (rows.length === 0) return [];
      return (await db
        .insert(t)
        .values(rows.map((v) => ({ ...(v as object), accountId })) as never)
        .returning()) as Row[];
    },

    async find(db: DbOrTx, accountId: string, id: string): Promise<Row | undefined> {
      const [row] = await db
        .select()
        .from(t)
        .where(and(eq(t.accountId, accountId), eq(t.id, id)));
      return row as Row | undefined;
    },

    async update(
      db: DbOrTx,
      accountId: string,
      id: string,
      values: Partial<Values<T>>,
    ): Promise<Row | undefined> {
      // An empty PATCH is valid and changes nothing; SQL has no UPDATE with an empty SET.
      if (Object.keys(values).length === 0) return this.find(db, accountId, id);
      const [row] = await db
        .update(t)
        .set(values as never)
        .where(and(eq(t.accountId, accountId), eq(t.id, id)))
        .returning();
      return row as Row | undefined;
    },

    async remove(db: DbOrTx, accountId: string, id: string): Promise<Row | undefined> {
      const [row] = await db
        .delete(t)
        .where(and(eq(t.accountId, accountId), eq(t.id, id)))
        .returning();
      return row as Row | undefined;
    },

    /** Newest first, by the sort column then id. */
    async listForPerson(
      db: DbOrTx,
      accountId: string,
      personId: string,
      limit: number,
      after?: ChildCursor,
    ): Promise<{ rows: Row[]; next?: ChildCursor }> {
      const at = after ? new Date(after.at) : undefined;
      const rows = await db
        .select()
        .from(t)
        .where(
          and(
            eq(t.accountId, accountId),
            eq(t.personId, personId),
            after && at ? or(lt(sortBy, at), and(eq(sortBy, at), lt(t.id, after.id))) : undefined,
          ),
        )
        .orderBy(desc(sortBy), desc(t.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit) as Row[];
      const last = page.at(-1) as Record<string, unknown> | undefined;
      const next =
        rows.length > limit && last
          ? { at: (last[sortColumn] as Date).toISOString(), id: last.id as string }
          : undefined;
      return { rows: page, next };
    },
  };
}

export const needsRepository = personChildRepository(needs, 'createdAt');
export const offersRepository = personChildRepository(offers, 'createdAt');
export const interactionsRepository = personChildRepository(interactions, 'occurredAt');
