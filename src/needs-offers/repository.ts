// Searching needs and offers across an account's people: by tags (most shared tags first), status and
// words, with the person each belongs to. Keyset pages on (shared tags, updated, id).
import { and, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { type NeedRow, needs, type OfferRow, offers, people } from '../db/schema';

export interface SearchQuery {
  /** Any of these tags; results sharing more of them come first. */
  tags: string[];
  statuses: string[];
  /** Every word must appear in the text, the tags, the ideal counterpart (offers) or the person's name. */
  words: string[];
  limit: number;
  after?: SearchCursor;
}

export interface Person {
  id: string;
  name: string;
  company: string;
  title: string;
}

export interface SearchCursor {
  shared: number;
  at: string;
  id: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function search<Row extends NeedRow | OfferRow>(table: typeof needs | typeof offers, extraText: SQL[]) {
  // Both tables have the columns used here; drizzle cannot narrow a union of tables generically.
  const t = table as unknown as typeof offers;
  return async (db: DbOrTx, accountId: string, q: SearchQuery) => {
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
    const rows = await db
      .select({
        row: t,
        shared: shared.mapWith(Number),
        person: { id: people.id, name: people.name, company: people.company, title: people.title },
      })
      .from(t)
      .innerJoin(people, and(eq(people.id, t.personId), eq(people.accountId, accountId)))
      .where(
        and(
          eq(t.accountId, accountId),
          wanted ? sql`${t.tags} && ${wanted}` : undefined,
          q.statuses.length ? inArray(t.status, q.statuses as never[]) : undefined,
          ...q.words.map((w) => ilike(sql`(${haystack})`, `%${escapeLike(w)}%`)),
          q.after
            ? sql`(${shared}, ${t.updatedAt}, ${t.id}) < (${q.after.shared}, ${q.after.at}::timestamptz, ${q.after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(...(wanted ? [desc(shared)] : []), desc(t.updatedAt), desc(t.id))
      .limit(q.limit + 1);
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    const next: SearchCursor | undefined =
      rows.length > q.limit && last
        ? { shared: last.shared, at: last.row.updatedAt.toISOString(), id: last.row.id }
        : undefined;
    return { rows: page as unknown as { row: Row; shared: number; person: Person }[], next };
  };
}

export const searchOffers = search<OfferRow>(offers, [sql`${offers.idealCounterpart}`]);
export const searchNeeds = search<NeedRow>(needs, []);
