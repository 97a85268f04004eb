// Converts rows of any registered table to and from the JSON of a backup, driven by the Drizzle column
// types, so a new table needs no code here. Pure.
import { type Column, getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { IsoDate, IsoDateTime, UNSTORABLE_TEXT_ERROR, unstorableTextIn } from '../shared/common-schema';
import { shiftId, shiftIdsIn } from './id-key';

export type ColumnKind = 'id' | 'id-text' | 'account' | 'serial' | 'timestamp' | 'bytea' | 'plain';

export interface ColumnPlan {
  key: string;
  column: Column;
  kind: ColumnKind;
}

export interface TablePlan {
  name: string;
  table: PgTable;
  /** Columns written to the backup, in declaration order. */
  columns: ColumnPlan[];
  /** The account column (set to the restoring account, never written). */
  accountKey: string;
  /** Columns whose JSON values sort the rows. */
  sortKeys: string[];
}

export interface PlanOptions {
  /** Columns left out of backups because they are derived (recomputed after a restore). */
  derived?: string[];
  /** uuid columns holding ids of this account's rows without a foreign key. */
  idColumns?: string[];
  /** Text columns that embed such ids (a Message-ID built from a row id): every UUID in them is shifted. */
  idTextColumns?: string[];
}

/**
 * How a table is backed up: which columns hold ids (primary key uuids, foreign keys to other
 * registered tables), which one is the account, which ones are timestamps or bytes.
 */
export function planTable(table: PgTable, registered: Set<string>, opts: PlanOptions = {}): TablePlan {
  const cfg = getTableConfig(table);
  const fkTarget = new Map<string, string>();
  for (const fk of cfg.foreignKeys) {
    const ref = fk.reference();
    if (ref.columns.length === 1) fkTarget.set(ref.columns[0]!.name, getTableConfig(ref.foreignTable).name);
  }
  const pkNames = new Set(cfg.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)));
  const columns: ColumnPlan[] = [];
  let accountKey = '';
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    if (opts.derived?.includes(key)) continue;
    const target = fkTarget.get(column.name);
    if (target === 'accounts' || key === 'accountId') {
      accountKey = key;
      continue;
    }
    let kind: ColumnKind = 'plain';
    const isUuid = column.columnType === 'PgUUID';
    if (
      isUuid &&
      (column.primary ||
        pkNames.has(column.name) ||
        (target && registered.has(target)) ||
        opts.idColumns?.includes(key))
    ) {
      kind = 'id';
    } else if (opts.idTextColumns?.includes(key)) kind = 'id-text';
    else if (/Serial/.test(column.columnType)) kind = 'serial';
    else if (column.columnType === 'PgTimestamp') kind = 'timestamp';
    else if (column.getSQLType() === 'bytea') kind = 'bytea';
    columns.push({ key, column, kind });
  }
  if (!accountKey) throw new Error(`table ${cfg.name} has no account column referencing accounts`);
  const primary = columns.filter((c) => c.column.primary || pkNames.has(c.column.name)).map((c) => c.key);
  return {
    name: cfg.name,
    table,
    columns,
    accountKey,
    sortKeys: primary.length ? primary : columns.map((c) => c.key),
  };
}

/** What is wrong with a backup row; `field` is the column (and the place inside its value) when one is. */
export class RowError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** A database row as it goes into the backup. */
export function encodeRow(
  plan: TablePlan,
  row: Record<string, unknown>,
  key: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key: k, kind } of plan.columns) {
    const v = row[k];
    if (v === null || v === undefined) out[k] = null;
    else if (kind === 'id') out[k] = shiftId(String(v), key);
    else if (kind === 'id-text') out[k] = shiftIdsIn(String(v), key);
    else if (kind === 'timestamp') out[k] = (v as Date).toISOString();
    else if (kind === 'bytea') out[k] = Buffer.from(v as Uint8Array).toString('base64');
    else out[k] = v;
  }
  return out;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A backup row as it goes into the database, for `accountId`. Throws RowError naming the field. */
export function decodeRow(
  plan: TablePlan,
  row: unknown,
  accountId: string,
  key: string,
): Record<string, unknown> {
  if (!row || typeof row !== 'object' || Array.isArray(row)) throw new RowError('is not an object');
  const src = row as Record<string, unknown>;
  const known = new Set(plan.columns.map((c) => c.key));
  for (const k of Object.keys(src)) if (!known.has(k)) throw new RowError(`has an unknown field "${k}"`);
  const out: Record<string, unknown> = { [plan.accountKey]: accountId };
  for (const { key: k, kind, column } of plan.columns) {
    const v = src[k];
    // An absent value takes the column's default; a null is written as null, which a NOT NULL column
    // refuses whether or not it has a default (a backup never holds one there).
    if (v === undefined) {
      if (column.notNull && !column.hasDefault) throw new RowError('is required', k);
      continue;
    }
    if (v === null) {
      if (column.notNull) throw new RowError('is required', k);
      out[k] = null;
      continue;
    }
    if (kind === 'id') {
      if (typeof v !== 'string') throw new RowError('must be a UUID', k);
      try {
        out[k] = shiftId(v, key);
      } catch {
        throw new RowError('must be a UUID', k);
      }
    } else if (kind === 'id-text') {
      if (typeof v !== 'string') throw new RowError('must be text', k);
      if (unstorableTextIn(v) !== undefined) throw new RowError(UNSTORABLE_TEXT_ERROR, k);
      out[k] = shiftIdsIn(v, key);
    } else if (kind === 'timestamp') {
      // The backup's own form (UTC, Z), a day that exists (Date.parse rolls 30 February over into March)
      // and a year the database holds.
      if (typeof v !== 'string' || !ISO.test(v) || !IsoDateTime.safeParse(v).success) {
        throw new RowError('must be an ISO date-time', k);
      }
      out[k] = new Date(v);
    } else if (kind === 'bytea') {
      if (typeof v !== 'string') throw new RowError('must be base64', k);
      out[k] = Buffer.from(v, 'base64');
    } else {
      checkPlain(k, column, v);
      out[k] = v;
    }
  }
  return out;
}

/** The largest magnitude each numeric SQL type holds; a value past it fails the insert. */
const NUMBER_LIMITS: Record<string, { max: number; integer: boolean }> = {
  smallint: { max: 32_767, integer: true },
  integer: { max: 2_147_483_647, integer: true },
  bigserial: { max: Number.MAX_SAFE_INTEGER, integer: true },
};

/**
 * What the column's type refuses, checked here so the restore answers 422 naming the field instead of
 * failing in the database: text the database cannot store (anywhere in text, arrays and JSON), a value
 * outside the column's enum, a date that is not a day, a number its type cannot hold.
 */
function checkPlain(k: string, column: Column, v: unknown): void {
  const dt = column.dataType;
  const ok =
    (dt === 'string' && typeof v === 'string') ||
    (dt === 'number' && typeof v === 'number' && Number.isFinite(v)) ||
    (dt === 'boolean' && typeof v === 'boolean') ||
    (dt === 'array' && Array.isArray(v) && v.every((x) => typeof x === 'string')) ||
    dt === 'json' ||
    (dt !== 'string' && dt !== 'number' && dt !== 'boolean' && dt !== 'array');
  if (!ok) throw new RowError(`must be ${dt === 'array' ? 'an array of text' : `a ${dt}`}`, k);
  // Before anything walks the value: a hand-edited file nested 100,000 levels deep overflowed the stack.
  if (nestedDeeperThan(v, MAX_NESTING)) {
    throw new RowError(`is nested more than ${MAX_NESTING} levels deep; Linchpin never writes that`, k);
  }
  const badText = unstorableTextIn(v);
  if (badText !== undefined) throw new RowError(UNSTORABLE_TEXT_ERROR, `${k}${badText}`);
  const allowed = column.enumValues;
  if (allowed && !allowed.includes(String(v))) throw new RowError(`must be one of: ${allowed.join(', ')}`, k);
  if (column.columnType === 'PgDateString' && !IsoDate.safeParse(v).success) {
    throw new RowError('must be a date as YYYY-MM-DD', k);
  }
  if (typeof v === 'number') {
    const type = column.getSQLType();
    const limit = NUMBER_LIMITS[type] ?? numericLimit(type);
    if (limit && (Math.abs(v) > limit.max || (limit.integer && !Number.isInteger(v)))) {
      throw new RowError(
        `must be ${limit.integer ? 'a whole number' : 'a number'} of at most ${limit.max}`,
        k,
      );
    }
  }
}

/** Far deeper than any JSON column Linchpin writes (links, headers, event data: a few levels). */
const MAX_NESTING = 32;

/** Whether arrays and objects nest more than `levels` deep; looks no deeper than that. */
function nestedDeeperThan(v: unknown, levels: number): boolean {
  if (!v || typeof v !== 'object') return false;
  if (levels === 0) return true;
  return Object.values(v).some((x) => nestedDeeperThan(x, levels - 1));
}

/** numeric(p, s) holds fewer than 10^(p-s) in magnitude. */
function numericLimit(type: string): { max: number; integer: boolean } | undefined {
  const m = /^numeric\((\d+), ?(\d+)\)$/.exec(type);
  return m ? { max: 10 ** (Number(m[1]) - Number(m[2])) - 1, integer: false } : undefined;
}

/** Rows in a fixed order: by their (shifted) primary key, compared as JSON text. */
export function sortRows(plan: TablePlan, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const sortKey = (r: Record<string, unknown>) => JSON.stringify(plan.sortKeys.map((k) => r[k]));
  return rows
    .map((r) => [sortKey(r), r] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, r]) => r);
}
