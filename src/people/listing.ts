// The SQL of the people list: filters, the four sorts with keyset paging, search (exact and prefix words
// first, then names within a few typos), the total, and where people came from. Scoped by account.
import { and, inArray, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, DbOrTx } from '../db/client';
import { imports, introductions, needs, type PersonRow, people } from '../db/schema';
import { OPEN_STATES } from '../domain/introduction/types';
import { hasHiddenCharacters } from '../shared/common-schema';
import type { PeopleSort, SortDirection, SourceFilter } from './list-options';
import { livePeopleOf, searchMatch } from './repository';
import { likeContains } from './search-query';
import { rankTypoMatches, words } from './typo-match';

export interface PeopleFilter {
  tags?: string[];
  company?: string;
  source?: SourceFilter;
  hasOpenNeed?: boolean;
  inOpenIntroduction?: boolean;
}

/** The conditions every read of the list applies: live people of the account, then each filter given. */
export function filterConditions(accountId: string, f: PeopleFilter): SQL[] {
  const where: SQL[] = [livePeopleOf(accountId)];
  if (f.tags?.length) {
    where.push(
      sql`${people.tags} @> array[${sql.join(
        f.tags.map((t) => sql`${t}`),
        sql`, `,
      )}]::text[]`,
    );
  }
  if (f.company) where.push(sql`${people.company} ilike ${likeContains(f.company)}`);
  if (f.source) {
    where.push(sql`${people.sourceKind} = ${f.source.kind}`);
    where.push(
      f.source.importId === null
        ? sql`${people.sourceImportId} is null`
        : sql`${people.sourceImportId} = ${f.source.importId}::uuid`,
    );
  }
  if (f.hasOpenNeed !== undefined) {
    const exists = sql`exists (select 1 from ${needs} n where n.person_id = ${people.id} and n.status = 'open')`;
    where.push(f.hasOpenNeed ? exists : sql`not ${exists}`);
  }
  if (f.inOpenIntroduction !== undefined) {
    const open = sql.join(
      OPEN_STATES.map((s) => sql`${s}`),
      sql`, `,
    );
    const exists = sql`exists (select 1 from ${introductions} i where i.account_id = ${accountId}
      and (i.person_a_id = ${people.id} or i.person_b_id = ${people.id}) and i.state in (${open}))`;
    where.push(f.inOpenIntroduction ? exists : sql`not ${exists}`);
  }
  return where;
}

/**
 * Each sort's key, never null (no contact and no trust sort as the lowest values), so a cursor is one
 * value and an id. Times are epoch milliseconds: exact for the millisecond timestamps stored.
 */
const SORT_KEYS: Record<PeopleSort, SQL> = {
  name: sql`lower(${people.name})`,
  'last-contact': sql`coalesce(extract(epoch from ${people.lastContactAt}) * 1000, -1e15)::float8`,
  trust: sql`coalesce(${people.trust}, 0)::float8`,
  added: sql`(extract(epoch from ${people.createdAt}) * 1000)::float8`,
};

export type SortKey = string | number;

/**
 * What a cursor's key must be under each sort: what that sort's key above answers. A cursor comes back
 * from the client, so a key of the wrong type, or text no name holds (NUL, which PostgreSQL refuses), is
 * a cursor this list never handed out.
 */
const NameKey = z.string().refine((s) => !hasHiddenCharacters(s));
const NumberKey = z.number();
export const SORT_KEY_SCHEMAS: Record<PeopleSort, z.ZodType<SortKey>> = {
  name: NameKey,
  'last-contact': NumberKey,
  trust: NumberKey,
  added: NumberKey,
};

export async function countPeople(db: DbOrTx, accountId: string, f: PeopleFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(...filterConditions(accountId, f)));
  return row?.n ?? 0;
}

/** A page of the list in one order; `after` is the last row's key and id from the page before. */
export async function listSorted(
  db: DbOrTx,
  accountId: string,
  f: PeopleFilter,
  order: { sort: PeopleSort; direction: SortDirection },
  limit: number,
  after?: { key: SortKey; id: string },
): Promise<{ rows: PersonRow[]; hasMore: boolean; lastKey?: SortKey }> {
  const key = SORT_KEYS[order.sort];
  const where = filterConditions(accountId, f);
  if (after) {
    const value = typeof after.key === 'number' ? sql`${after.key}::float8` : sql`${after.key}::text`;
    where.push(
      order.direction === 'asc'
        ? sql`(${key}, ${people.id}) > (${value}, ${after.id}::uuid)`
        : sql`(${key}, ${people.id}) < (${value}, ${after.id}::uuid)`,
    );
  }
  const dir = order.direction === 'asc' ? sql`asc` : sql`desc`;
  const found = await db
    .select({ row: people, key: sql<SortKey>`${key}` })
    .from(people)
    .where(and(...where))
    .orderBy(sql`${key} ${dir}`, sql`${people.id} ${dir}`)
    .limit(limit + 1);
  const page = found.slice(0, limit);
  // The cursor carries the database's own key, so paging agrees with the ORDER BY exactly.
  return { rows: page.map((p) => p.row), hasMore: found.length > limit, lastKey: page.at(-1)?.key };
}

/** How many typo candidates the trigram index hands over for ranking by edit distance. */
const TYPO_CANDIDATES = 500;
/** Word similarity a typed word needs to a name for its trigrams to make the name a candidate. */
const TYPO_WORD_SIMILARITY = 0.3;

/**
 * Search: people whose document matches every typed word as a word or a word's start (ranked by
 * ts_rank), then people whose name is within a few typos of what was typed (ranked by edit distance).
 * Pages by offset over that sequence; `total` counts both.
 */
export async function searchPeople(
  db: Db,
  accountId: string,
  f: PeopleFilter,
  q: string,
  offset: number,
  limit: number,
): Promise<{ rows: PersonRow[]; total: number }> {
  const match = searchMatch(q);
  const where = filterConditions(accountId, f);
  const exact = match
    ? await exactMatches(db, and(...where, sql`${people.search} @@ ${match}`)!, match, offset, limit)
    : { rows: [], count: 0 };
  const typos = await typoMatches(db, where, match, q);
  const rows = [...exact.rows];
  const typoStart = Math.max(0, offset - exact.count);
  rows.push(...typos.slice(typoStart, typoStart + limit - rows.length));
  return { rows, total: exact.count + typos.length };
}

/**
 * The page of exact and prefix matches, best `ts_rank` first, and how many there are, from one pass
 * over the matches: the matched people's ids, ranks and sort names are kept once (a CTE used twice is
 * materialised), counted, and only the page's rows are read in full. Counting and ranking in two
 * statements read and rechecked every match twice (at 30,000 people, a common word matches thousands).
 */
async function exactMatches(
  db: DbOrTx,
  exact: SQL,
  match: SQL,
  offset: number,
  limit: number,
): Promise<{ rows: PersonRow[]; count: number }> {
  const matched = db.$with('matched').as(
    db
      .select({
        id: sql<string>`${people.id}`.as('matched_id'),
        rank: sql<number>`ts_rank(${people.search}, ${match})`.as('matched_rank'),
        sortName: sql<string>`lower(${people.name})`.as('matched_sort_name'),
      })
      .from(people)
      .where(exact),
  );
  const page = db
    .select({ id: matched.id, rank: matched.rank, sortName: matched.sortName })
    .from(matched)
    .orderBy(sql`${matched.rank} desc`, matched.sortName, matched.id)
    .limit(limit)
    .offset(offset)
    .as('page');
  const found = await db
    .with(matched)
    .select({ row: people, count: sql<number>`(select count(*) from ${matched})::int` })
    .from(page)
    .innerJoin(people, sql`${people.id} = ${page.id}`)
    .orderBy(sql`${page.rank} desc`, page.sortName, page.id);
  if (found.length > 0) return { rows: found.map((f) => f.row), count: found[0]!.count };
  // An empty first page: nothing matches. An empty later page (past the last match): the count alone.
  if (offset === 0 && limit > 0) return { rows: [], count: 0 };
  const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(people).where(exact);
  return { rows: [], count: counted?.n ?? 0 };
}

/** Ids of everyone a search matches (exact and typo), for acting on all of them at once. */
export async function searchPeopleIds(
  db: DbOrTx,
  accountId: string,
  f: PeopleFilter,
  q: string,
): Promise<string[]> {
  const match = searchMatch(q);
  const where = filterConditions(accountId, f);
  const exact = match
    ? await db
        .select({ id: people.id })
        .from(people)
        .where(and(...where, sql`${people.search} @@ ${match}`))
    : [];
  const typos = await typoMatches(db, where, match, q);
  return [...exact.map((r) => r.id), ...typos.map((r) => r.id)];
}

async function typoMatches(db: DbOrTx, where: SQL[], match: SQL | null, q: string): Promise<PersonRow[]> {
  // Words of one or two letters have too few trigrams to find anything by.
  const typed = [...new Set(words(q.toLowerCase()))].filter((w) => [...w].length >= 3).slice(0, 12);
  if (typed.length === 0) return [];
  const near = sql.join(
    typed.map((w) => sql`linchpin_fold(${w}) <% linchpin_fold(${people.name})`),
    sql` or `,
  );
  const notExact = match ? [sql`not coalesce(${people.search} @@ ${match}, false)`] : [];
  const candidates = async (tx: DbOrTx) => {
    // The threshold `<%` (and its trigram index) use; local to the transaction.
    await tx.execute(
      sql`select set_config('pg_trgm.word_similarity_threshold', ${String(TYPO_WORD_SIMILARITY)}, true)`,
    );
    return tx
      .select({
        row: people,
        folded: sql<string>`linchpin_fold(${people.name})`,
        query: sql<string>`linchpin_fold(${q})`,
      })
      .from(people)
      .where(and(...where, ...notExact, sql`(${near})`))
      .orderBy(sql`word_similarity(linchpin_fold(${q}), linchpin_fold(${people.name})) desc`, people.id)
      .limit(TYPO_CANDIDATES);
  };
  // Inside a caller's transaction the setting lasts until it ends, which only widens `<%` there.
  const found = 'rollback' in db ? await candidates(db) : await db.transaction(candidates);
  if (found.length === 0) return [];
  const ranked = rankTypoMatches(
    found[0]!.query,
    found.map((f) => ({ id: f.row.id, folded: f.folded, row: f.row })),
  );
  return ranked.map((r) => r.row);
}

/** Ids of everyone the filters let through, for acting on all of them at once. */
export async function allIds(db: DbOrTx, accountId: string, f: PeopleFilter): Promise<string[]> {
  const rows = await db
    .select({ id: people.id })
    .from(people)
    .where(and(...filterConditions(accountId, f)));
  return rows.map((r) => r.id);
}

export interface SourceCount {
  kind: SourceFilter['kind'];
  importId: string | null;
  count: number;
  importFileName: string | null;
  importFormat: string | null;
  importCreatedAt: Date | null;
}

/** Where the account's people came from, with how many came each way, newest import first. */
export async function sourceCounts(db: DbOrTx, accountId: string): Promise<SourceCount[]> {
  const rows = await db
    .select({
      kind: people.sourceKind,
      importId: people.sourceImportId,
      count: sql<number>`count(*)::int`,
    })
    .from(people)
    .where(livePeopleOf(accountId))
    .groupBy(people.sourceKind, people.sourceImportId);
  const ids = rows.flatMap((r) => (r.importId ? [r.importId] : []));
  const found = ids.length
    ? await db
        .select({
          id: imports.id,
          fileName: imports.fileName,
          format: imports.format,
          createdAt: imports.createdAt,
        })
        .from(imports)
        .where(and(sql`${imports.accountId} = ${accountId}`, inArray(imports.id, ids)))
    : [];
  const byId = new Map(found.map((i) => [i.id, i]));
  return rows.map((r) => {
    const imp = r.importId ? byId.get(r.importId) : undefined;
    return {
      kind: r.kind,
      importId: r.importId,
      count: r.count,
      importFileName: imp?.fileName ?? null,
      importFormat: imp?.format ?? null,
      importCreatedAt: imp?.createdAt ?? null,
    };
  });
}
