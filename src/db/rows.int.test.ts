// rowsOf answers the same rows whichever driver runs the statement (this file runs on PGlite, and on
// PostgreSQL when TEST_DATABASE_URL is set), on the root handle and inside a transaction.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db';
import type { Database } from './client';
import { rowsOf } from './rows';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const TWO_ROWS = sql`select n, 'row ' || n as label from generate_series(1, 2) as n order by n`;

describe('rowsOf', () => {
  it('answers every row of a raw statement, with its columns named as selected', async () => {
    expect(await rowsOf<{ n: number; label: string }>(database.db, TWO_ROWS)).toEqual([
      { n: 1, label: 'row 1' },
      { n: 2, label: 'row 2' },
    ]);
  });

  it('answers the same inside a transaction', async () => {
    const rows = await database.db.transaction((tx) => rowsOf<{ n: number; label: string }>(tx, TWO_ROWS));
    expect(rows).toEqual([
      { n: 1, label: 'row 1' },
      { n: 2, label: 'row 2' },
    ]);
  });

  it('answers no rows as an empty list', async () => {
    expect(await rowsOf(database.db, sql`select 1 where false`)).toEqual([]);
  });
});
