// Searching needs and offers across an account's people: by tags (most shared tags first), status and
// words, with the person each belongs to. Keyset pages on (shared tags, updated, id). Both tables are
// searched the same way; `searchClauses` builds that once from the columns each query names.
import { and, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { type NeedRow, needs, type OfferRow, offers, people } from '../db/schema';
import { IsoDateTime } from '../shared/common-schema';
import type { PersonSummary } from './schema';

export interface SearchQuery {
  /** Any of these tags; results sharing more of them come first. */
  tags: string[];
  statuses: string[];
  /** Every word must appear in the text, the tags, the ideal counterpart (offers) or the person's name. */
  words: string[];
  limit: number;
  after?: SearchCursor;
}

/** Where the previous page ended. Encoded opaquely by the service (`shared/cursor.ts`). */
export const SearchCursor = z.object({ shared: z.number().int().min(0), at: IsoDateTime, id: z.uuid() });
export type SearchCursor = z.infer<typeof SearchCursor>;

export interface Found<Row> {
  row: Row;
  shared: number;
  person: PersonSummary;
}

/** The columns of a need or an offer that the search reads. */
interface Searched {
  id: PgColumn;
  accountId: PgColumn;
  text: PgColumn;
  tags: PgColumn;
  status: PgColumn;
  updatedAt: PgColumn;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function searchClauses(t: Searched, accountId: string, q: SearchQuery, extraText: SQL[]) {
  const wanted = q.tags.length
    ? sql`array[${sql.join(
        q.tags.map((tag) => sql`${tag}`),
        sql`, `,
      )}]::text[]`
    : null;
  const shared = wanted
    ? sql<number>`cardinality(array(select unnest(${t.tags}) intersect select unnest(${wanted})))`
    : // Not `0`: a bare integer in ORDER BY or a row comparison would read as a column position.
      sql<number>`0::int`;
  const haystack = sql.join(
    [t.text, sql`array_to_string(${t.tags}, ' ')`, people.name, ...extraText],
    sql` || ' ' || `,
  );
  return {
    shared: shared.mapWith(Number),
    where: and(
      eq(t.accountId, accountId),
      wanted ? sql`${t.tags} && ${wanted}` : undefined,
      q.statuses.length ? inArray(t.status, q.statuses) : undefined,
      ...q.words.map((w) => ilike(sql`(${haystack})`, `%${escapeLike(w)}%`)),
      q.after
        ? sql`(${shared}, ${t.updatedAt}, ${t.id}) < (${q.after.shared}, ${q.after.at}::timestamptz, ${q.after.id}::uuid)`
        : undefined,
    ),
    orderBy: [...(wanted ? [desc(shared)] : []), desc(t.updatedAt), desc(t.id)],
  };
}

/** The person a row belongs to, in the same account. */
const owner = (personId: PgColumn, accountId: string) =>
  and(eq(people.id, personId), eq(people.accountId, accountId));
const personSummary = { id: people.id, name: people.name, company: people.company, title: people.title };

function cutSearchPage<Row extends { id: string; updatedAt: Date }>(
  rows: Found<Row>[],
  limit: number,
): { rows: Found<Row>[]; next?: SearchCursor } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next =
    rows.length > limit && last
      ? { shared: last.shared, at: last.row.updatedAt.toISOString(), id: last.row.id }
      : undefined;
  return { rows: page, next };
}

export async function searchOffers(db: DbOrTx, accountId: string, q: SearchQuery) {
  const s = searchClauses(offers, accountId, q, [sql`${offers.idealCounterpart}`]);
  const rows: Found<OfferRow>[] = await db
    .select({ row: offers, shared: s.shared, person: personSummary })
    .from(offers)
    .innerJoin(people, owner(offers.personId, accountId))
    .where(s.where)
    .orderBy(...s.orderBy)
    .limit(q.limit + 1);
  return cutSearchPage(rows, q.limit);
}

export async function searchNeeds(db: DbOrTx, accountId: string, q: SearchQuery) {
  const s = searchClauses(needs, accountId, q, []);
  const rows: Found<NeedRow>[] = await db
    .select({ row: needs, shared: s.shared, person: personSummary })
    .from(needs)
    .innerJoin(people, owner(needs.personId, accountId))
    .where(s.where)
    .orderBy(...s.orderBy)
    .limit(q.limit + 1);
  return cutSearchPage(rows, q.limit);
}
