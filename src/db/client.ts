// Opens the database: embedded PGlite in a data directory, or PostgreSQL when a URL is given.
// Both expose the same Drizzle API, so everything above this file is database-agnostic.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { migrateDatabase } from './migrate';
import * as schema from './schema';
import type { Database, DatabaseTarget, Db } from './types';

export type { Database, DatabaseTarget, Db, DbOrTx, Schema, Tx } from './types';

export async function openDatabase(
  target: DatabaseTarget,
  opts: { migrate?: boolean } = {},
): Promise<Database> {
  const database = target.kind === 'postgres' ? openPostgres(target) : await openPglite(target);
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

function openPostgres(target: { url: string; poolSize?: number }): Database {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
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
