// Runs once before all test files: builds the web app if its sources changed (the end-to-end tests serve
// it), builds the server if src/ changed (the tests that spawn `linchpin` run that build, as users do), and
// prepares the migrated template databases they clone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/client';
import { pgliteTemplatePath, postgresTemplateName, withDatabase } from './template';

export default async function setup(): Promise<void> {
  buildWebIfStale();
  buildServerIfStale();
  await preparePgliteTemplate();
  if (process.env.TEST_DATABASE_URL) await preparePostgresTemplate(process.env.TEST_DATABASE_URL);
}

/** The same check `npm start` does; a no-op taking ~0.1 s when web/dist is current. */
function buildWebIfStale(): void {
  const root = new URL('..', import.meta.url);
  execFileSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
}

/**
 * The same check `bin/linchpin.js` does. Done once here so parallel test files that spawn `linchpin` do not
 * each build it (they would all produce the same build, just slower).
 */
function buildServerIfStale(): void {
  const root = new URL('..', import.meta.url);
  execFileSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
}

async function preparePgliteTemplate(): Promise<void> {
  const path = pgliteTemplatePath();
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const database = await openDatabase({ kind: 'pglite' });
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  renameSync(tmp, path);
}

async function preparePostgresTemplate(url: string): Promise<void> {
  const name = postgresTemplateName();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount) return;
    await admin.query(`create database "${name}"`);
    const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), poolSize: 1 });
    await database.close();
  } finally {
    await admin.end();
  }
}
