// The rows of a raw SQL statement, on either database.
import type { SQL } from 'drizzle-orm';
import type { DbOrTx } from './types';

/**
 * Runs `query` and answers its rows. `Row` is what the statement's select list names: raw SQL is not
 * checked against it (as with Drizzle's own `execute<Row>`), so keep the two side by side. That the result
 * has `rows` at all is checked by the compiler, for both drivers (`RawResultHKT` in types.ts).
 */
export async function rowsOf<Row extends Record<string, unknown>>(db: DbOrTx, query: SQL): Promise<Row[]> {
  const { rows } = await db.execute<Row>(query);
  return rows;
}
