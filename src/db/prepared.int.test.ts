// executePrepared answers what a plain statement answers, for any value (the embedded database gets the
// values as literals), on the root handle and inside a transaction, and tells statements apart by text.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/db';
import type { Database } from './client';
import { executePrepared } from './prepared';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

const TRICKY = [
  "O'Brien",
  "it''s",
  'back\\slash',
  "\\'",
  "E'x'",
  '$1',
  '); drop table accounts; --',
  'Zoë 東京 🎉',
  '',
];

describe('executePrepared', () => {
  it('answers what the plain statement answers for quotes, backslashes and other awkward values', async () => {
    for (const value of TRICKY) {
      const statement = sql`select ${value}::text as v, length(${value}::text) as n, ${42}::int as i`;
      const plain = rowsOf(await database.db.execute(statement));
      for (let run = 0; run < 7; run++) {
        // Past five runs the server may switch to a generic plan: the answer must not change.
        expect(rowsOf(await executePrepared(database.db, 'test_values', statement))).toEqual(plain);
      }
      expect(plain[0]?.v).toBe(value);
    }
  });

  it('answers timestamps, dates and JSON as db.execute does', async () => {
    const statement = sql`select ${'2026-03-01T10:00:00Z'}::timestamptz as t, ${'2026-03-01'}::date as d,
      json_build_object('at', ${'2026-03-01T10:00:00Z'}::timestamptz) as j, ${'7'}::bigint as n`;
    const plain = rowsOf(await database.db.execute(statement));
    for (let run = 0; run < 3; run++)
      expect(rowsOf(await executePrepared(database.db, 'test_types', statement))).toEqual(plain);
  });

  it('tells statements apart by their text, and null is null', async () => {
    const a = await executePrepared(database.db, 'test_text', sql`select ${'a'}::text as v`);
    const b = await executePrepared(database.db, 'test_text', sql`select ${'b'}::text || 'x' as v`);
    const n = await executePrepared(database.db, 'test_text', sql`select ${null}::text is null as v`);
    expect([rowsOf(a)[0]?.v, rowsOf(b)[0]?.v, rowsOf(n)[0]?.v]).toEqual(['a', 'bx', true]);
  });

  it('requests arriving together with a statement not yet prepared all get their answer', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        executePrepared(database.db, 'test_together', sql`select ${i}::int + 1 as v`),
      ),
    );
    expect(answers.map((a) => rowsOf(a)[0]?.v)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("inside a transaction it runs on the transaction's connection and sees its writes", async () => {
    await database.db.execute(sql`create table prepared_probe (v text)`);
    const seen = await database.db.transaction(async (tx) => {
      await tx.execute(sql`insert into prepared_probe values ('uncommitted')`);
      return rowsOf(
        await executePrepared(tx, 'test_tx', sql`select v from prepared_probe where v = ${'uncommitted'}`),
      );
    });
    expect(seen).toEqual([{ v: 'uncommitted' }]);
  });
});
