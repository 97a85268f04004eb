import { getTableColumns } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { ACCOUNT_TABLES } from '../../src/account-data/registry';

const seen = new Map<string, string[]>();
for (const t of ACCOUNT_TABLES)
  for (const [k, c] of Object.entries(getTableColumns(t.table))) {
    const key = `${c.columnType} ${c.dataType} ${c.getSQLType()} enum=${c.enumValues ? 'y' : 'n'}`;
    seen.set(key, [...(seen.get(key) ?? []), `${getTableConfig(t.table).name}.${k}`]);
  }
for (const [k, v] of seen) console.log(k, '→', v.slice(0, 6).join(', '), v.length);
