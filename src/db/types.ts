// Types of the database handle, shared by the client and the migrator.
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type * as schema from './schema';

export type Schema = typeof schema;

/** What both drivers answer for a raw statement (PGlite's `Results<T>`, node-postgres' `QueryResult<T>`). */
export interface RawResult<Row> {
  rows: Row[];
}
/**
 * Drizzle's result type of `execute`, for a handle that may be either driver: the common part of both. With
 * Drizzle's own `PgQueryResultHKT` it would be `unknown`, and every caller would cast; with this one both
 * drivers' databases are `Db` as they are (the compiler checks each result type has `rows`).
 */
export interface RawResultHKT extends PgQueryResultHKT {
  readonly type: RawResult<this['row']>;
}
export type Db = PgDatabase<RawResultHKT, Schema>;
export type Tx = PgTransaction<RawResultHKT, Schema, Record<string, never>>;
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
