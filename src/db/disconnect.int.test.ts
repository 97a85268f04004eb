// A PostgreSQL connection can die at any moment: a restart, a failover, pg_terminate_backend. The pool
// must hand the error to whoever is using the connection and carry on; an 'error' event nobody listens
// to would kill the whole process (as it did with clients checked out for a transaction).

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase } from '../../test/cli';
import { testDbKind } from '../../test/db';
import { terminateConnections } from '../../test/db-faults';
import { type Database, openDatabase } from './client';
import { isDatabaseUnavailable } from './errors';

const onPostgres = testDbKind() === 'postgres';
let target: { url: string; drop(): Promise<void> } | undefined;
let database: Database | undefined;
const uncaught: unknown[] = [];
const record = (err: unknown) => uncaught.push(err);

beforeAll(async () => {
  if (!onPostgres) return;
  target = await freshPostgresDatabase();
  database = await openDatabase({ kind: 'postgres', url: target.url, poolSize: 4 }, { migrate: false });
  process.on('uncaughtException', record);
});
afterAll(async () => {
  process.off('uncaughtException', record);
  await database?.close();
  await target?.drop();
});

const one = async (db: Database['db']) => {
  await db.execute(sql`select 1`);
  return 'answered';
};

describe('PostgreSQL connections terminated under the pool', () => {
  it.skipIf(!onPostgres)(
    '(PostgreSQL only) idle pooled connections are replaced, nothing crashes',
    async () => {
      const { db } = database!;
      await Promise.all([one(db), one(db), one(db)]);
      expect(await terminateConnections(target!.url)).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(await one(db)).toBe('answered');
      expect(uncaught).toEqual([]);
    },
  );

  it.skipIf(!onPostgres)(
    '(PostgreSQL only) a transaction whose connection is killed between queries fails as "unavailable", and the process lives on',
    async () => {
      const { db } = database!;
      const failed = await db
        .transaction(async (tx) => {
          await tx.execute(sql`select 1`);
          // The connection is checked out and idle inside the transaction: the pool is not listening to it.
          await terminateConnections(target!.url);
          await new Promise((r) => setTimeout(r, 300));
          await tx.execute(sql`select 2`);
        })
        .then(
          () => null,
          (err: unknown) => err,
        );
      expect(failed).not.toBeNull();
      expect(isDatabaseUnavailable(failed)).toBe(true);
      expect(uncaught).toEqual([]);
      expect(await one(db)).toBe('answered');
    },
  );

  it.skipIf(!onPostgres)(
    '(PostgreSQL only) queries in flight when their connections die fail as "unavailable"',
    async () => {
      const { db } = database!;
      const running = Array.from({ length: 4 }, () =>
        db.execute(sql`select pg_sleep(2)`).then(
          () => null,
          (e: unknown) => e,
        ),
      );
      await new Promise((r) => setTimeout(r, 300));
      await terminateConnections(target!.url);
      const errors = await Promise.all(running);
      expect(errors.every((e) => isDatabaseUnavailable(e))).toBe(true);
      await new Promise((r) => setTimeout(r, 100));
      expect(uncaught).toEqual([]);
      expect(await one(db)).toBe('answered');
    },
  );
});
