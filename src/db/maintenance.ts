// Keeps the embedded database fast. PostgreSQL's autovacuum keeps planner statistics fresh, merges GIN
// pending lists and reclaims dead rows; PGlite runs no autovacuum, and its table-activity counters stay at
// zero in single-user mode, so Linchpin does this work itself. Measured on 10k people: before the first
// ANALYZE the planner ignored the search index (9-12 ms per search); after VACUUM ANALYZE 2-4 ms.
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './types';

/** Tables whose statistics matter for the queries people wait on; analyzed after every bulk write. */
const SEARCHED_TABLES = ['people', 'needs', 'offers', 'interactions'] as const;

/**
 * After a bulk write (import, demo, restore) on either database: fresh statistics and a merged search
 * index, so the next search is planned with the index instead of a full scan.
 */
export async function analyzeAfterBulkWrite(db: Db): Promise<void> {
  await db.execute(sql.raw(`analyze ${SEARCHED_TABLES.join(', ')}`));
  await db.execute(sql`select gin_clean_pending_list('people_search_idx'::regclass)`);
}

/** The id the next writing transaction will get. It only moves when something was written. */
export async function nextTransactionId(db: DbOrTx): Promise<string> {
  const result = await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xid`);
  return (result as unknown as { rows: { xid: string }[] }).rows[0]!.xid;
}

/** What autovacuum would do, for the whole embedded database: reclaim dead rows, refresh statistics. */
export async function vacuumEmbedded(db: Db): Promise<void> {
  await db.execute(sql`vacuum (analyze)`);
}
