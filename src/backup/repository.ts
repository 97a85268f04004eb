// SQL for backups: reading and writing any registered table, and the per-account id key.
import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TablePlan } from '../account-data/table-codec';
import { bulkInsert } from '../db/bulk-insert';
import type { DbOrTx } from '../db/client';
import { rowsOf } from '../db/rows';
import { backupIdKeys, people } from '../db/schema';

export async function idKeyFor(db: DbOrTx, accountId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ key: backupIdKeys.key })
    .from(backupIdKeys)
    .where(eq(backupIdKeys.accountId, accountId));
  return row?.key;
}

export async function setIdKey(db: DbOrTx, accountId: string, key: string | undefined): Promise<void> {
  await db.delete(backupIdKeys).where(eq(backupIdKeys.accountId, accountId));
  if (key) await db.insert(backupIdKeys).values({ accountId, key });
}

export async function countPeople(db: DbOrTx, accountId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(eq(people.accountId, accountId));
  return row?.n ?? 0;
}

/** Every row of one account in a table, with the columns the plan writes. */
export async function accountRows(
  db: DbOrTx,
  plan: TablePlan,
  accountId: string,
): Promise<Record<string, unknown>[]> {
  const columns = getTableColumns(plan.table);
  const column = (key: string): PgColumn => {
    const found = columns[key];
    if (!found) throw new Error(`table ${plan.name} has no column ${key}`);
    return found;
  };
  const selected = Object.fromEntries(plan.columns.map(({ key }) => [key, column(key)]));
  return db
    .select(selected)
    .from(plan.table)
    .where(eq(column(plan.accountKey), accountId));
}

/**
 * Whether any of these ids exists in the table, in any account: primary keys are unique across the
 * instance, so a restore must know before it writes (this is the one query here not scoped by account).
 */
export async function anyIdTaken(
  db: DbOrTx,
  table: PgTable,
  idColumn: string,
  ids: string[],
): Promise<boolean> {
  for (let i = 0; i < ids.length; i += 10_000) {
    const chunk = JSON.stringify(ids.slice(i, i + 10_000));
    const taken = await rowsOf(
      db,
      sql`select 1 from ${table} where ${sql.identifier(idColumn)} in (select jsonb_array_elements_text(${chunk}::jsonb)::uuid) limit 1`,
    );
    if (taken.length) return true;
  }
  return false;
}

/**
 * Writes the rows in groups that give the same columns: a row may leave out a column that has a default,
 * and one statement would give it null there instead (a NOT NULL column then failed the restore with 500).
 */
export async function insertRows(db: DbOrTx, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  const groups = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const columns = Object.keys(row).sort().join(',');
    const group = groups.get(columns);
    if (group) group.push(row);
    else groups.set(columns, [row]);
  }
  for (const group of groups.values()) await bulkInsert(db, table, group);
}

/** Moves a serial column's sequence past the restored values, so new rows do not reuse them. */
export async function bumpSequence(db: DbOrTx, tableName: string, columnName: string): Promise<void> {
  await db.execute(
    sql`select setval(pg_get_serial_sequence(${`"${tableName}"`}, ${columnName}),
      greatest(coalesce((select max(${sql.identifier(columnName)}) from ${sql.identifier(tableName)}), 0), 1))`,
  );
}
