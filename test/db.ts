// A fresh, migrated database per test file: a clone of the PGlite template, or a PostgreSQL database
// created from the template database when the file runs in the "postgres" project.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type Database, openDatabase } from '../src/db/client';
import { pgliteTemplatePath, postgresTemplateName, withDatabase } from './template';

export type TestDbKind = 'pglite' | 'postgres';

export const testDbKind = (): TestDbKind =>
  process.env.LINCHPIN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export async function createTestDatabase(): Promise<Database> {
  if (testDbKind() === 'pglite') {
    const template = new Blob([readFileSync(pgliteTemplatePath())]);
    return openDatabase({ kind: 'pglite', loadDataDir: template }, { migrate: false });
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('LINCHPIN_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `linchpin_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(url, `create database "${name}" template "${postgresTemplateName()}"`);
  const database = await openDatabase(
    { kind: 'postgres', url: withDatabase(url, name), poolSize: 5 },
    { migrate: false },
  );
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(url, `drop database if exists "${name}"`);
    },
  };
}

async function adminQuery(url: string, query: string): Promise<void> {
  // Loaded here, not at the top: most files run on PGlite and never need the driver, and each file
  // imports its modules afresh.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}
