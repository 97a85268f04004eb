// Inserts many rows in one statement: the rows travel as a single JSON parameter and PostgreSQL turns
// them into a record set. Much faster than a VALUES list with thousands of parameters, on PGlite most of
// all (one parameter to bind, one statement to plan).
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './client';

const CHUNK = 5000;

export async function bulkInsert(
  db: DbOrTx,
  table: PgTable,
  rows: Record<string, unknown>[],
  opts: {
    onConflictDoNothing?: boolean;
    /** Name of the record set, for computed expressions that refer to it. */
    alias?: string;
    /** Columns computed in SQL from the record set (e.g. a search document). */
    computed?: { name: string; expr: SQL }[];
  } = {},
): Promise<void> {
  if (!rows.length) return;
  const columns = getTableColumns(table);
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const defs = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`${getTableConfig(table).name} has no column ${k}`);
    // Serial types exist only in CREATE TABLE; their values are plain integers.
    const type = column
      .getSQLType()
      .replace(/^bigserial$/, 'bigint')
      .replace(/^smallserial$/, 'smallint')
      .replace(/^serial$/, 'integer');
    return { key: k, name: column.name, type };
  });
  const names = sql.join(
    defs.map((d) => sql.identifier(d.name)),
    sql`, `,
  );
  const computed = opts.computed ?? [];
  const target = sql.join(
    [...defs.map((d) => sql.identifier(d.name)), ...computed.map((c) => sql.identifier(c.name))],
    sql`, `,
  );
  const source = sql.join([names, ...computed.map((c) => c.expr)], sql`, `);
  const alias = sql.identifier(opts.alias ?? 'r');
  const recordType = sql.raw(defs.map((d) => `"${d.name}" ${d.type}`).join(', '));
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => {
      const o: Record<string, unknown> = {};
      for (const d of defs) {
        const v = r[d.key];
        // bytea travels as its hex text form, which PostgreSQL reads back into bytes.
        o[d.name] =
          v instanceof Date
            ? v.toISOString()
            : v instanceof Uint8Array
              ? `\\x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`
              : (v ?? null);
      }
      return o;
    });
    await db.execute(
      sql`insert into ${table} (${target}) select ${source} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as ${alias}(${recordType})${
        opts.onConflictDoNothing ? sql` on conflict do nothing` : sql``
      }`,
    );
  }
}
