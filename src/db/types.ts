// Types of the database handle, shared by the client and the migrator.
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, Record<string, never>>;
/** Repositories take either, so a service decides where the transaction boundary is. */
export type DbOrTx = Db | Tx;

export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The raw PGlite instance in embedded mode (the job queue and dumps need it). */
  pglite?: PGlite;
  /** The node-postgres pool in PostgreSQL mode. */
  pool?: pg.Pool;
  /** PGlite in a data directory: start refusing writes whenever the disk is nearly full (disk-space.ts). */
  startDiskGuard?: () => Promise<void>;
  close(): Promise<void>;
}
