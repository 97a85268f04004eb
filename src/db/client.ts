// Opens the database: embedded PGlite in a data directory, or PostgreSQL when a URL is given.
// Both expose the same Drizzle API, so everything above this file is database-agnostic.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Logger } from '../shared/logger';
import { migrateDatabase } from './migrate';
import * as schema from './schema';
import type { Database, DatabaseTarget, Db } from './types';

export type { Database, DatabaseTarget, Db, DbOrTx, Schema, Tx } from './types';

export async function openDatabase(
  target: DatabaseTarget,
  opts: {
    migrate?: boolean;
    /** Told when a PostgreSQL connection is lost (the pool replaces it). */
    log?: Logger;
  } = {},
): Promise<Database> {
  const database = target.kind === 'postgres' ? openPostgres(target, opts.log) : await openPglite(target);
  if (opts.migrate !== false) {
    try {
      await migrateDatabase(database);
    } catch (err) {
      await database.close();
      throw err;
    }
  }
  return database;
}

/** How long a request waits for a connection (a free one, or a new one) before it is told the database is unavailable. */
export const POOL_CONNECT_TIMEOUT_MS = 10_000;

function openPostgres(target: { url: string; poolSize?: number }, log?: Logger): Database {
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
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', pool, close: () => pool.end() };
}

async function openPglite(target: { dataDir?: string; loadDataDir?: Blob | File }): Promise<Database> {
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(target.dataDir ? `file://${target.dataDir}/pgdata` : undefined, {
    loadDataDir: target.loadDataDir,
  });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { db, kind: 'pglite', pglite, close: () => pglite.close() };
}

export { schema };
