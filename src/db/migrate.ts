import { fileURLToPath } from 'node:url';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './types';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Any number of app processes may start at once against PostgreSQL; an advisory lock makes them
// apply migrations one at a time instead of racing on the same DDL.
const MIGRATION_LOCK = 7_301_993;

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    // The migrator takes PGlite's own Drizzle type; `database.db` is the driver-neutral `Db`, so the
    // migrator gets a handle of its own on the same PGlite (as node-postgres gets one on its client below).
    await migratePglite(drizzlePglite(database.pglite!), { migrationsFolder });
    return;
  }
  // node-postgres is loaded only for PostgreSQL: a start on the embedded database is faster without it.
  const { drizzle: drizzlePg } = await import('drizzle-orm/node-postgres');
  const { migrate: migratePg } = await import('drizzle-orm/node-postgres/migrator');
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
