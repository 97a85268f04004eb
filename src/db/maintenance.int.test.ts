import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import { personInput } from '../../test/factories';
import { embeddedMaintenance } from '../jobs/db-maintenance';
import { insertPeople } from '../people/repository';
import { PersonInput } from '../people/schema';
import { toValues } from '../people/service';
import { silentLogger } from '../shared/logger';
import { analyzeAfterBulkWrite, nextTransactionId } from './maintenance';
import { rowsOf } from './rows';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rows = <T extends Record<string, unknown>>(query: SQL) => rowsOf<T>(t.database.db, query);

async function searchPlan(accountId: string): Promise<string> {
  const plan = await rows<{ 'QUERY PLAN': string }>(sql`explain select id from people
    where account_id = ${accountId} and search @@ to_tsquery('simple', 'zzz:*')`);
  return plan.map((r) => r['QUERY PLAN']).join('\n');
}

describe('database maintenance', () => {
  it('after a bulk write, searches are planned with the search index', async () => {
    const me = await t.account();
    // One statement, as an import writes a batch (400 requests took 30 s on a loaded 2-core machine, and a
    // test that times out keeps writing under the next ones).
    const people = Array.from({ length: 400 }, (_, i) =>
      toValues(PersonInput.parse(personInput({ name: `Bulk ${i}`, blurb: `topic${i % 20}` }))),
    );
    await insertPeople(t.database.db, me.id, people);
    await analyzeAfterBulkWrite(t.database.db);
    const stats = await rows<{ reltuples: number }>(
      sql`select reltuples from pg_class where relname = 'people'`,
    );
    expect(Number(stats[0]!.reltuples)).toBeGreaterThanOrEqual(400);
    expect(await searchPlan(me.id)).toContain('people_search_idx');
  });

  it('after a bulk write, no GIN index of people has entries left in its pending list', async () => {
    const me = await t.account();
    for (let i = 0; i < 50; i++) {
      await t.call('POST', '/api/v1/people', {
        token: me.token,
        body: personInput({ name: `Pending ${i}`, tags: [`tag${i}`], emails: [`pending${i}@example.com`] }),
      });
    }
    await analyzeAfterBulkWrite(t.database.db, ['people']);
    // gin_clean_pending_list answers how many pending pages it merged: none are left to merge.
    const merged = await rows<{ name: string; pages: number }>(sql`select c.relname as name,
      gin_clean_pending_list(i.indexrelid::regclass)::int as pages
      from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
      where am.amname = 'gin' and i.indrelid = 'people'::regclass order by c.relname`);
    expect(merged.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'people_emails_idx',
        'people_name_trgm_idx',
        'people_search_idx',
        'people_tags_idx',
      ]),
    );
    expect(merged.filter((m) => m.pages > 0)).toEqual([]);
  });

  // The maintenance job that asks runs on the embedded database, where this process is the only writer. A
  // PostgreSQL server's transaction ids are the whole server's, moved by any other client writing meanwhile
  // (the other test worker), so there only the move is checked.
  const embedded = testDbKind() === 'pglite';
  it(
    embedded
      ? 'the next transaction id moves only when something is written'
      : 'the next transaction id moves when something is written',
    async () => {
      const db = t.database.db;
      const first = await nextTransactionId(db);
      if (embedded) expect(await nextTransactionId(db)).toBe(first);
      await t.call('POST', '/api/v1/people', { token: (await t.account()).token, body: personInput() });
      expect(BigInt(await nextTransactionId(db))).toBeGreaterThan(BigInt(first));
    },
  );

  // The job is scheduled only for PGlite, but what it runs is plain SQL that works on both databases. It
  // tells a quiet database by the next transaction id, which on a PostgreSQL server the other test worker
  // moves at any time (see above): there the skip cannot be observed, and only the vacuums are checked.
  it(
    embedded
      ? 'the embedded maintenance job vacuums when there were writes, and skips a quiet database'
      : 'the embedded maintenance job vacuums when there were writes',
    async () => {
      const vacuumCount = async () =>
        Number(
          (
            await rows<{ n: string }>(
              sql`select coalesce(vacuum_count, 0)::text as n from pg_stat_user_tables where relname = 'people'`,
            )
          )[0]!.n,
        );
      const run = embeddedMaintenance(t.database.db, silentLogger);
      const before = await vacuumCount();
      await run();
      const afterFirst = await vacuumCount();
      expect(afterFirst).toBe(before + 1);
      await run();
      const afterQuiet = await vacuumCount();
      if (embedded) expect(afterQuiet).toBe(afterFirst);
      await t.call('POST', '/api/v1/people', { token: (await t.account()).token, body: personInput() });
      await run();
      expect(await vacuumCount()).toBe(afterQuiet + 1);
    },
  );
});
