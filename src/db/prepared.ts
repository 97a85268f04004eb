// A statement run often with the same text and different values, planned once per connection instead of on
// every call. On the embedded database planning is a large share of a read that touches many tables (the
// planner sizes every table and index it might use, each a file-system call from WebAssembly), and a
// prepared statement keeps a generic plan once it has proved no worse than planning each time (PostgreSQL's
// `plan_cache_mode = auto`, after five runs).
//
// PostgreSQL: node-postgres prepares a named statement on each pooled connection the first time that
// connection runs it. PGlite (one session): `PREPARE` once per PGlite instance, then `EXECUTE` with the
// values as literals (PGlite takes no bound parameters for `EXECUTE`). A transaction handle runs the
// statement as it is: it must use its own connection, and the pool's named statements are not reachable
// through it.
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import type { DbOrTx } from './types';

const dialect = new PgDialect();

/**
 * Types Drizzle hands back as the server's text (timestamps, dates, intervals and their arrays, numeric
 * arrays); the same here, so a prepared statement answers exactly what `db.execute` would.
 */
const AS_TEXT = new Set([1184, 1114, 1082, 1186, 1185, 1115, 1182, 1187, 1231]);
const asText = (value: string) => value;
const pgliteParsers = Object.fromEntries([...AS_TEXT].map((oid) => [oid, asText]));
const typesFor = (driver: typeof pg) => ({
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    AS_TEXT.has(oid) ? asText : driver.types.getTypeParser(oid, format),
});

/**
 * Statements prepared (or being prepared) on each PGlite instance, a prepared statement living as long as
 * its session. The promise is kept, not a flag, so requests arriving together prepare a statement once.
 */
const preparedOn = new WeakMap<PGlite, Map<string, Promise<unknown>>>();

/** Distinct statements prepared on one PGlite at most; past that they run unprepared. */
const MAX_PREPARED = 64;

/** A value as an SQL literal: `E'…'` with quotes and backslashes doubled means the same whatever the settings. */
function literal(value: unknown): string | null {
  if (value === null) return 'null';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string' && !value.includes('\0'))
    return `E'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  return null;
}

function clientOf(db: DbOrTx): unknown {
  // Only the root handle carries its client; a transaction has none, and runs statements on its own.
  return '$client' in db ? db.$client : undefined;
}

/**
 * Runs `query` as a prepared statement named after `prefix` and the statement's text (so a different
 * text is a different statement), or as a plain statement where it cannot be prepared. Answers the
 * driver's result (`rows`), for the caller to check.
 */
export async function executePrepared(db: DbOrTx, prefix: string, query: SQL): Promise<unknown> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const name = `${prefix}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const client = clientOf(db);
  // node-postgres is loaded only where PostgreSQL is used (the embedded database's start need not pay for it).
  if (client !== undefined && !(client instanceof PGlite)) {
    const { default: driver } = await import('pg');
    if (client instanceof driver.Pool)
      return client.query({ name, text, values: params, types: typesFor(driver) });
  }
  if (client instanceof PGlite) {
    const literals = params.map(literal);
    const values = literals.every((l): l is string => l !== null) ? literals : null;
    const prepared = preparedOn.get(client) ?? new Map<string, Promise<unknown>>();
    preparedOn.set(client, prepared);
    if (values && (prepared.has(name) || prepared.size < MAX_PREPARED)) {
      let preparing = prepared.get(name);
      if (!preparing) {
        preparing = client.query(`prepare ${name} as ${text}`);
        prepared.set(name, preparing);
        // A statement that failed to prepare is tried again next time (and fails as the plain one would).
        preparing.catch(() => prepared.delete(name));
      }
      await preparing;
      const execute = `execute ${name}${values.length ? `(${values.join(', ')})` : ''}`;
      return client.query(execute, [], { parsers: pgliteParsers });
    }
  }
  return db.execute(query);
}
