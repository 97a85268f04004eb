// Opens the database: embedded PGlite in a data directory, or PostgreSQL when a URL is given.
// Both expose the same Drizzle API, so everything above this file is database-agnostic.
import { mkdirSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Logger } from '../shared/logger';
import { type DiskSpaceGuard, guardDiskSpace } from './disk-space';
import { createFairPGlite } from './fair-pglite';
import { migrateDatabase } from './migrate';
import { pgliteExtensions } from './pglite-extensions';
import * as schema from './schema';
import type { Database, DatabaseTarget, Db } from './types';

export type { Database, DatabaseTarget, Db, DbOrTx, Schema, Tx } from './types';

export async function openDatabase(
  target: DatabaseTarget,
  opts: {
    migrate?: boolean;
    /** Told when a PostgreSQL connection is lost (the pool replaces it), and when the disk fills up. */
    log?: Logger;
    /**
     * PGlite in a data directory: refuse writes while the disk has less than this free (see disk-space.ts).
     * PostgreSQL manages its own disk.
     */
    minFreeBytes?: number;
    /** PGlite: take a turn of the event loop before each query (fair-pglite.ts); on unless false. */
    fairQueue?: boolean;
  } = {},
): Promise<Database> {
  const database =
    target.kind === 'postgres' ? await openPostgres(target, opts.log) : await openPglite(target, opts);
  if (opts.migrate !== false) {
    try {
      await migrateDatabase(database);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  await database.startDiskGuard?.();
  return database;
}

/** How long a request waits for a connection (a free one, or a new one) before it is told the database is unavailable. */
export const POOL_CONNECT_TIMEOUT_MS = 10_000;

async function openPostgres(target: { url: string; poolSize?: number }, log?: Logger): Promise<Database> {
  // Loaded only here: a server on the embedded database never needs node-postgres, and its start is faster without it.
  const { default: pg } = await import('pg');
  const { drizzle: drizzlePg } = await import('drizzle-orm/node-postgres');
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 10,
    connectionTimeoutMillis: POOL_CONNECT_TIMEOUT_MS,
    // A connection whose server vanished without a FIN (host down, network cut) is noticed, not kept.
    keepAlive: true,
  });
  // A client emits 'error' when its connection dies (PostgreSQL restarted, pg_terminate_backend, a
  // reset). The pool listens only while the client is idle; a client checked out for a transaction that
  // is between queries had no listener, and an unhandled 'error' event kills the process. So every
  // client gets a listener for its whole life: the error itself reaches whoever is using the client
  // through their query, and the pool discards the broken client when it is released.
  pool.on('connect', (client) => {
    client.on('error', (err) => log?.warn({ err }, 'lost a database connection; the pool will replace it'));
  });
  // Idle clients: already logged by the listener above.
  pool.on('error', () => {});
  const db: Db = drizzlePg(pool, { schema });
  return { db, kind: 'postgres', pool, close: () => pool.end() };
}

async function openPglite(
  target: { dataDir?: string; loadDataDir?: Blob | File },
  opts: { log?: Logger; minFreeBytes?: number; fairQueue?: boolean },
): Promise<Database> {
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = await createFairPGlite(
    target.dataDir ? `file://${target.dataDir}/pgdata` : undefined,
    { loadDataDir: target.loadDataDir, extensions: pgliteExtensions },
    { fair: opts.fairQueue !== false },
  );
  if (target.dataDir) await capWriteAheadLog(pglite, opts.log);
  const db: Db = drizzlePglite(pglite, { schema });
  let guard: DiskSpaceGuard | undefined;
  return {
    db,
    kind: 'pglite',
    pglite,
    // Started once migrations ran: a read-only session could not apply them.
    startDiskGuard: async () => {
      if (!target.dataDir || !opts.minFreeBytes || guard) return;
      guard = guardDiskSpace(pglite, { dir: target.dataDir, minFreeBytes: opts.minFreeBytes, log: opts.log });
      await guard.check();
    },
    close: async () => {
      guard?.stop();
      await pglite.close();
    },
  };
}

/**
 * PostgreSQL keeps up to `max_wal_size` (1 GB by default) of write-ahead log between checkpoints, in new
 * 16 MB segment files. An embedded database of a few hundred megabytes needs far less: capped, segments
 * are recycled after each checkpoint instead of new ones taking disk space. Applies from the next open
 * (ALTER SYSTEM writes postgresql.auto.conf; PGlite reads it at start).
 */
async function capWriteAheadLog(pglite: PGlite, log?: Logger): Promise<void> {
  try {
    const { rows } = await pglite.query<{ name: string; setting: string }>(
      `select name, setting from pg_settings where name in ('max_wal_size', 'min_wal_size')`,
    );
    const now = Object.fromEntries(rows.map((r) => [r.name, r.setting]));
    if (now.max_wal_size === String(MAX_WAL_MB) && now.min_wal_size === String(MIN_WAL_MB)) return;
    await pglite.exec(`alter system set max_wal_size = '${MAX_WAL_MB}MB'`);
    await pglite.exec(`alter system set min_wal_size = '${MIN_WAL_MB}MB'`);
  } catch (err) {
    // A disk too full to write the setting: the database still works, with PostgreSQL's defaults.
    log?.warn({ err }, 'could not cap the write-ahead log');
  }
}
const MAX_WAL_MB = 96;
const MIN_WAL_MB = 32;

export { schema };
