// Keeps the embedded database fast. PostgreSQL's autovacuum keeps planner statistics fresh, merges GIN
// pending lists and reclaims dead rows; PGlite runs no autovacuum, and its table-activity counters stay at
// zero in single-user mode, so Linchpin does this work itself. Measured on 10k people: before the first
// ANALYZE the planner ignored the search index (9-12 ms per search); after VACUUM ANALYZE 2-4 ms.
import { sql } from 'drizzle-orm';
import { rowsOf } from './rows';
import type { Db, DbOrTx } from './types';

/** Tables whose statistics matter for the queries people wait on; analyzed after every bulk write. */
const SEARCHED_TABLES = ['people', 'needs', 'offers', 'interactions'] as const;
export type SearchedTable = (typeof SEARCHED_TABLES)[number];

/**
 * After a bulk write (import, demo, restore) on either database: fresh statistics and a merged search
 * index, so the next search is planned with the index instead of a full scan. `tables`: the ones the
 * write touched, when the caller knows (an import writes no needs or offers).
 */
export async function analyzeAfterBulkWrite(
  db: Db,
  tables: readonly SearchedTable[] = SEARCHED_TABLES,
): Promise<void> {
  const targets: string[] = [];
  for (const table of tables) {
    // No query filters on people's jsonb columns (links, preferences, caveats …), and their statistics
    // were the dearest part: 210 of 480 ms for 30k people on PGlite. The periodic VACUUM ANALYZE still
    // covers every column.
    if (table === 'people') targets.push(`people (${(await columnsBut(db, 'people', 'jsonb')).join(', ')})`);
    else targets.push(table);
  }
  await db.execute(sql.raw(`analyze ${targets.join(', ')}`));
  await mergeGinPendingLists(db, tables);
}

/**
 * Merges the pending list of every GIN index on these tables into the index proper. A bulk write leaves
 * its new entries there (fastupdate), and every search through the index reads the whole list: after
 * 30,000 people the name trigram index had 210 pending pages, and a typo search that found nobody took
 * ~12 ms instead of ~1.3 ms until the next VACUUM (a quarter of an hour later on PGlite). The indexes are
 * found in the catalog, so one added later is merged too.
 */
async function mergeGinPendingLists(db: Db, tables: readonly SearchedTable[]): Promise<void> {
  await db.execute(sql`select gin_clean_pending_list(i.indexrelid::regclass)
    from pg_index i
    join pg_class c on c.oid = i.indexrelid
    join pg_am am on am.oid = c.relam
    where am.amname = 'gin'
      and i.indrelid in (${sql.join(
        tables.map((t) => sql`${t}::regclass`),
        sql`, `,
      )})`);
}

/** The quoted names of a table's columns, leaving out those of one type. */
async function columnsBut(db: Db, table: string, type: string): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    db,
    sql`select quote_ident(attname) as name from pg_attribute
    where attrelid = ${table}::regclass and attnum > 0 and not attisdropped and atttypid <> ${type}::regtype
    order by attnum`,
  );
  return rows.map((r) => r.name);
}

/**
 * Whether writing `written` rows into a table of about `before` rows changes its statistics enough to
 * analyze it now: PostgreSQL's autovacuum default (50 rows plus a tenth of the table).
 */
export function worthAnalyzing(written: number, before: number): boolean {
  return written >= 50 + 0.1 * before;
}

/** The id the next writing transaction will get. It only moves when something was written. */
export async function nextTransactionId(db: DbOrTx): Promise<string> {
  const [row] = await rowsOf<{ xid: string }>(
    db,
    sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xid`,
  );
  return row!.xid;
}

/** What autovacuum would do, for the whole embedded database: reclaim dead rows, refresh statistics. */
export async function vacuumEmbedded(db: Db): Promise<void> {
  await db.execute(sql`vacuum (analyze)`);
}
