// A full, lossless backup of one account as JSON, and its restore into an account with no people.
// Everything is driven by the table registry: rows in a fixed order, ids shifted by the account's key
// (see id-key.ts), so backup → restore → backup gives the same file apart from its timestamp.

import { getTableConfig } from 'drizzle-orm/pg-core';
import { randomKey, ZERO_KEY } from '../account-data/id-key';
import { ACCOUNT_TABLES } from '../account-data/registry';
import {
  decodeRow,
  encodeRow,
  planTable,
  RowError,
  sortRows,
  type TablePlan,
} from '../account-data/table-codec';
import type { Db } from '../db/client';
import { uniqueViolation } from '../db/errors';
import { analyzeAfterBulkWrite } from '../db/maintenance';
import { conflict, ProblemError, unprocessable } from '../shared/errors';
import * as repo from './repository';
import { backupProblems } from './row-rules';
import { BACKUP_FORMAT, BACKUP_VERSION, type RestoreResult } from './schema';

let plans: TablePlan[] | undefined;

/** The backup plan of every registered table, in restore order. */
export function tablePlans(): TablePlan[] {
  if (!plans) {
    const names = new Set(ACCOUNT_TABLES.map((t) => getTableConfig(t.table).name));
    plans = ACCOUNT_TABLES.map((t) => planTable(t.table, names, t));
  }
  return plans;
}

/** The backup as text chunks, table by table; one row per line. */
export async function* backupChunks(db: Db, accountId: string, now: Date): AsyncGenerator<string> {
  const key = (await repo.idKeyFor(db, accountId)) ?? ZERO_KEY;
  yield `{\n  "format": "${BACKUP_FORMAT}",\n  "version": ${BACKUP_VERSION},\n  "exportedAt": "${now.toISOString()}",\n  "tables": {`;
  let first = true;
  for (const plan of tablePlans()) {
    const rows = sortRows(
      plan,
      (await repo.accountRows(db, plan, accountId)).map((r) => encodeRow(plan, r, key)),
    );
    const body = rows.length
      ? `[\n${rows.map((r) => `      ${JSON.stringify(r)}`).join(',\n')}\n    ]`
      : '[]';
    yield `${first ? '' : ','}\n    ${JSON.stringify(plan.name)}: ${body}`;
    first = false;
  }
  yield '\n  }\n}\n';
}

export async function backupText(db: Db, accountId: string, now: Date): Promise<string> {
  let out = '';
  for await (const chunk of backupChunks(db, accountId, now)) out += chunk;
  return out;
}

function parseDocument(doc: unknown): Record<string, unknown[]> {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw unprocessable('(body)', 'is not a Linchpin backup (expected a JSON object)');
  }
  const d = doc as Record<string, unknown>;
  if (d.format !== BACKUP_FORMAT)
    throw unprocessable('format', `must be "${BACKUP_FORMAT}"; this is not a Linchpin backup`);
  if (d.version !== BACKUP_VERSION) {
    throw unprocessable(
      'version',
      `this Linchpin restores backups of version ${BACKUP_VERSION}; the file has ${d.version === undefined ? 'none' : JSON.stringify(d.version)}`,
    );
  }
  if (!d.tables || typeof d.tables !== 'object' || Array.isArray(d.tables))
    throw unprocessable('tables', 'must be an object');
  const known = new Set(tablePlans().map((p) => p.name));
  const tables = d.tables as Record<string, unknown>;
  for (const [name, rows] of Object.entries(tables)) {
    if (!known.has(name)) {
      throw unprocessable(
        `tables.${name}`,
        'is not a table this version of Linchpin knows (is the backup from a newer one?)',
      );
    }
    if (!Array.isArray(rows)) throw unprocessable(`tables.${name}`, 'must be an array of rows');
  }
  return tables as Record<string, unknown[]>;
}

function decodeAll(tables: Record<string, unknown[]>, accountId: string, key: string) {
  return tablePlans().map((plan) => ({
    plan,
    rows: (tables[plan.name] ?? []).map((row, i) => {
      try {
        return decodeRow(plan, row, accountId, key);
      } catch (err) {
        if (err instanceof RowError) {
          const row = `tables.${plan.name}[${i}]`;
          throw unprocessable(err.field ? `${row}.${err.field}` : row, err.message);
        }
        throw err;
      }
    }),
  }));
}

/** Whether the backup's own ids are free in this instance (they are not next to the account they came from). */
async function idsFree(db: Db, decoded: ReturnType<typeof decodeAll>): Promise<boolean> {
  for (const { plan, rows } of decoded) {
    const idCol = plan.columns.find((c) => c.kind === 'id' && c.column.primary);
    if (!idCol || !rows.length) continue;
    if (
      await repo.anyIdTaken(
        db,
        plan.table,
        idCol.column.name,
        rows.map((r) => String(r[idCol.key])),
      )
    )
      return false;
  }
  return true;
}

/** Restore only goes into an empty account; checked before the body is read, and again before writing. */
export async function assertRestorable(db: Db, accountId: string): Promise<void> {
  if ((await repo.countPeople(db, accountId)) > 0) {
    throw conflict(
      'Restore needs an account with no people yet; this one has people. Restore into a new account or a fresh data directory.',
    );
  }
}

export async function restoreBackup(db: Db, accountId: string, doc: unknown): Promise<RestoreResult> {
  const tables = parseDocument(doc);
  await assertRestorable(db, accountId);
  let key = ZERO_KEY;
  let decoded = decodeAll(tables, accountId, key);
  const problems = backupProblems(decoded);
  if (problems.length) {
    throw new ProblemError(
      422,
      'Validation failed',
      `The backup was refused and nothing was restored: ${problems
        .slice(0, 5)
        .map((e) => `${e.field}: ${e.message}`)
        .join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more, listed in errors)` : ''}`,
      problems,
    );
  }
  if (!(await idsFree(db, decoded))) {
    key = randomKey();
    decoded = decodeAll(tables, accountId, key);
    if (!(await idsFree(db, decoded)))
      throw new ProblemError(409, 'Conflict', 'Could not find free ids for this backup; try again');
  }
  try {
    await db.transaction(async (tx) => {
      await repo.setIdKey(tx, accountId, key === ZERO_KEY ? undefined : key);
      for (const { plan, rows } of decoded) {
        await repo.insertRows(tx, plan.table, rows);
        for (const c of plan.columns.filter((x) => x.kind === 'serial'))
          await repo.bumpSequence(tx, plan.name, c.column.name);
      }
      for (const t of ACCOUNT_TABLES) await t.afterRestore?.(tx, accountId);
    });
  } catch (err) {
    const unique = uniqueViolation(err);
    if (unique) {
      throw conflict(
        `This backup holds a record that already exists in this instance (${unique.constraint ?? 'a unique value'}); nothing was restored.`,
      );
    }
    if ((err as { code?: string }).code === '23503') {
      throw unprocessable(
        'tables',
        'a row refers to a record that is not in the backup; nothing was restored',
      );
    }
    throw err;
  }
  await analyzeAfterBulkWrite(db);
  return {
    tables: Object.fromEntries(decoded.map(({ plan, rows }) => [plan.name, rows.length])),
    ids: key === ZERO_KEY ? 'kept' : 'shifted',
  };
}
