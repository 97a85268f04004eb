// The job queue: pg-boss on the application's own database, so jobs live beside the data in both modes.
// In embedded mode pg-boss talks to the in-process PGlite through a small adapter (one connection,
// serialised with the app's own queries); with PostgreSQL it shares the app's connection pool, and any
// number of processes can work the same queues (pg-boss fetches with SKIP LOCKED).
import PgBoss from 'pg-boss';
import type { Database } from '../db/client';
import { FairPGlite } from '../db/fair-pglite';
import type { Logger } from '../shared/logger';

export const QUEUE_SCHEMA = 'pgboss';

interface SqlResult {
  rows: unknown[];
}

/** pg-boss's database interface, answered by PGlite. Statements without parameters may be scripts. */
function pgliteAdapter(database: Database) {
  const pglite = database.pglite!;
  // Its own statements touch only its schema: not counted as writes to the application's data (fair-pglite.ts).
  const query = pglite instanceof FairPGlite ? pglite.queueQuery.bind(pglite) : pglite.query.bind(pglite);
  const exec = pglite instanceof FairPGlite ? pglite.queueExec.bind(pglite) : pglite.exec.bind(pglite);
  return {
    async executeSql(text: string, values?: unknown[]): Promise<SqlResult> {
      if (values && values.length > 0) return (await query(text, values)) as SqlResult;
      const results = await exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

function poolAdapter(database: Database) {
  const pool = database.pool!;
  return {
    executeSql: (text: string, values?: unknown[]) =>
      pool.query(text, values as unknown[]) as Promise<SqlResult>,
  };
}

export interface QueueOptions {
  /** How often idle workers look for new jobs (a notification wakes them sooner). */
  pollingIntervalSeconds?: number;
}

export async function startQueue(database: Database, log: Logger, opts: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    db: database.kind === 'pglite' ? pgliteAdapter(database) : poolAdapter(database),
    schema: QUEUE_SCHEMA,
    // Lighter housekeeping than the defaults: the embedded database shares one thread with the app.
    maintenanceIntervalSeconds: 300,
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
    deleteAfterDays: 7,
    archiveCompletedAfterSeconds: 3600,
  });
  boss.on('error', (err) => log.warn({ err }, 'job queue error'));
  await boss.start();
  return boss;
}

/**
 * Runs the queue's set-up (pg-boss's schema, the queues, the schedules) one process at a time. pg-boss
 * creates its schema and each queue's partition without a lock of its own, so processes starting together
 * on one PostgreSQL database fail with a duplicate schema or a deadlock. PGlite has one process only.
 */
export async function withSetupLock<T>(database: Database, setUp: () => Promise<T>): Promise<T> {
  if (!database.pool) return setUp();
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [SETUP_LOCK]);
    try {
      return await setUp();
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [SETUP_LOCK]);
    }
  } finally {
    client.release();
  }
}

const SETUP_LOCK = 'linchpin:queue-setup';
