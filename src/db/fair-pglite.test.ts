import { PGlite, types } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFairPGlite, type FairPGlite, QUERY_SLICE_MS } from './fair-pglite';

/** Each query takes ~2 ms, so 100 of them hold the database for ~0.2 s. */
const SLOW_QUERY = 'select pg_sleep(0.002), $1::int as n';

/** Queues `count` queries at once and counts how many had finished when a timer (I/O-phase work) ran. */
async function finishedBeforeTimer(db: PGlite, count: number): Promise<number> {
  let finished = 0;
  const queries = Array.from({ length: count }, (_, i) =>
    db.query(SLOW_QUERY, [i]).then(() => {
      finished += 1;
    }),
  );
  const seenByTimer = new Promise<number>((resolve) => setTimeout(() => resolve(finished), 0));
  const [seen] = await Promise.all([seenByTimer, ...queries]);
  return seen;
}

describe('the embedded database lets the event loop turn between queries', () => {
  let fair: PGlite;
  let plain: PGlite;
  beforeAll(async () => {
    fair = await createFairPGlite(undefined, {});
    plain = await PGlite.create();
  });
  afterAll(async () => {
    await fair.close();
    await plain.close();
  });

  it('runs a timer queued behind 100 queries after one time slice of them, not after all of them', async () => {
    const seen = await finishedBeforeTimer(fair, 100);
    // One slice is QUERY_SLICE_MS of ~2 ms queries; a loaded machine only makes each query slower.
    expect(seen).toBeLessThanOrEqual(Math.ceil(QUERY_SLICE_MS / 2) + 1);
  });

  it('(why it is needed) plain PGlite runs the whole queue before the timer gets a turn', async () => {
    const seen = await finishedBeforeTimer(plain, 100);
    expect(seen).toBe(100);
  });

  it('still answers every query, in order, inside and outside transactions', async () => {
    await fair.exec('create table t (n int)');
    await Promise.all([
      fair.transaction(async (tx) => {
        for (let i = 0; i < 5; i++) await tx.query('insert into t values ($1)', [i]);
      }),
      ...Array.from({ length: 5 }, (_, i) => fair.query('insert into t values ($1)', [10 + i])),
    ]);
    const { rows } = await fair.query<{ count: number }>('select count(*)::int as count from t');
    expect(rows[0]?.count).toBe(10);
  });
});

describe('the embedded database counts the statements that may write', () => {
  let db: FairPGlite;
  beforeAll(async () => {
    db = await createFairPGlite(undefined, {});
    await db.exec('create table t (n int)');
  });
  afterAll(() => db.close());

  it('reads leave the generation as it was', async () => {
    const before = db.writeGeneration;
    await db.query('select n from t where n = $1', [1]);
    await db.exec('select count(*) from t');
    await db.query('prepare read_t as select n from t');
    const prepared = db.writeGeneration;
    expect(prepared).toBeGreaterThan(before);
    await db.query('execute read_t');
    expect(db.writeGeneration).toBe(prepared);
  });

  it('a write, a transaction and a script change it, each before and after it runs', async () => {
    let before = db.writeGeneration;
    const running = db.query('insert into t values (1)');
    expect(db.writeGeneration).toBeGreaterThan(before);
    await running;
    expect(db.writeGeneration).toBe(before + 2);
    before = db.writeGeneration;
    await db.transaction((tx) => tx.query('select 1'));
    expect(db.writeGeneration).toBe(before + 2);
    before = db.writeGeneration;
    await db.exec('select 1; update t set n = 2');
    expect(db.writeGeneration).toBe(before + 2);
  });

  it("the job queue's own statements are not counted", async () => {
    const before = db.writeGeneration;
    await db.queueQuery('update t set n = $1', [3]);
    await db.queueExec('update t set n = 4');
    expect(db.writeGeneration).toBe(before);
  });
});

describe('the embedded database takes a text parameter given as bytes as it is', () => {
  let db: FairPGlite;
  beforeAll(async () => {
    db = await createFairPGlite(undefined, {});
  });
  afterAll(() => db.close());

  it('hands the bytes themselves to the binder, not a string decoded from them', () => {
    const bytes = Buffer.from('{"a":1}', 'utf8');
    expect(db.serializers[types.TEXT]?.(bytes)).toBe(bytes);
  });

  it('reads them as their UTF-8 text: JSON with accents, emoji, quotes and escapes comes back equal', async () => {
    const value = [{ name: 'Zoë Müller-García 😀', note: 'say "hi"\n\\ back', n: 1.5, tags: ['Ελληνικά'] }];
    const { rows } = await db.query<{ v: unknown; t: string }>('select $1::text::jsonb as v, $2::text as t', [
      Buffer.from(JSON.stringify(value), 'utf8'),
      'plain text',
    ]);
    expect(rows[0]).toEqual({ v: value, t: 'plain text' });
  });

  it('still writes dates and other values as before', async () => {
    const at = new Date('2026-12-06T12:00:00.000Z');
    const { rows } = await db.query<{ t: string; n: string }>('select $1::text as t, $2::text as n', [
      at,
      42,
    ]);
    expect(rows[0]).toEqual({ t: at.toISOString(), n: '42' });
  });
});
