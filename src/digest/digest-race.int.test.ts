// Two workers racing for one account's digest, for real: on PostgreSQL each worker has its own pool of
// connections, and a barrier holds both inside their claim transaction until both are there, then lets
// them go at once. Exactly one digest is queued each round. PGlite has a single connection and runs
// transactions one after the other, so the race cannot happen there: the test is skipped (the slot's
// once-only rule without concurrency is proven in digest.int.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { testDbKind } from '../../test/db';
import type { Agenda } from '../agenda/schema';
import { type Database, openDatabase } from '../db/client';
import { accounts } from '../db/schema';
import { listOutbox } from '../mail/repository';
import { type DigestDeps, type DigestReport, sendDueDigests } from './sweep';

const onPostgres = testDbKind() === 'postgres';

/** A barrier for `parties` callers: each waits until all have arrived (or fails after a timeout). */
function barrier(parties: number, timeoutMs = 10_000) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return async () => {
    arrived += 1;
    if (arrived === parties) open();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`only ${arrived} of ${parties} reached the barrier`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([opened, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

describe.skipIf(!onPostgres)(
  'two digest workers against PostgreSQL (skipped on PGlite: one connection, transactions cannot interleave)',
  () => {
    let t: TestApp;
    let second: Database;

    beforeAll(async () => {
      t = await createTestApp();
      const url = t.database.pool?.options.connectionString;
      if (!url) throw new Error('the PostgreSQL test database has no connection string');
      second = await openDatabase({ kind: 'postgres', url, poolSize: 2 }, { migrate: false });
    });
    afterAll(async () => {
      await second?.close();
      await t?.close();
    });

    const today: Agenda['items'] = [
      {
        kind: 'need_due',
        key: 'need_due:1',
        summary: 'Ada needs a designer by tomorrow',
        since: '2026-03-28T00:00:00.000Z',
        urgency: 'due',
        people: [],
        action: { kind: 'mark_need_met' as const, label: 'Mark met' },
      },
    ];
    const agenda: DigestDeps['agenda'] = async (_db, _id, now, timeZone) => ({
      asOf: now.toISOString(),
      timeZone,
      items: today,
    });

    it('queues exactly one digest per round, the other worker skipping the locked or taken slot', async () => {
      const me = await t.account();
      await t.database.db
        .update(accounts)
        .set({ digestFrequency: 'daily', digestHour: 8, timeZone: 'Europe/Paris' });
      const rounds = 8;
      for (let round = 0; round < rounds; round++) {
        // A new local day each round: 09:00 UTC is 10:00 or 11:00 in Paris, past the hour.
        t.clock.set(new Date(Date.UTC(2026, 2, 25 + round, 9)));
        const meet = barrier(2);
        const worker = (db: Database['db']) =>
          sendDueDigests({ ...t.deps, db, agenda }, { beforeClaim: () => meet() });
        const reports: DigestReport[] = await Promise.all([worker(t.database.db), worker(second.db)]);
        expect(reports.map((r) => r.queued).sort()).toEqual([0, 1]);
        expect(reports.map((r) => r.skipped).sort()).toEqual([0, 1]);
      }
      const digests = (await listOutbox(t.database.db, me.id, { limit: 100 })).filter(
        (m) => m.kind === 'digest',
      );
      expect(digests).toHaveLength(rounds);
    });
  },
);
