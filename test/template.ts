// Where the migrated template databases live. Keyed by a hash of the migrations, so a new migration
// rebuilds them and an unchanged one is reused across runs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrationsFolder } from '../src/db/migrate';

const root = fileURLToPath(new URL('..', import.meta.url));

export function migrationsHash(): string {
  const h = createHash('sha256');
  for (const f of readdirSync(migrationsFolder).sort()) {
    if (f.endsWith('.sql')) h.update(f).update(readFileSync(join(migrationsFolder, f)));
  }
  h.update(readFileSync(join(migrationsFolder, 'meta', '_journal.json')));
  return h.digest('hex').slice(0, 12);
}

export const pgliteTemplatePath = () =>
  join(root, 'node_modules', '.cache', 'linchpin-test', `pglite-template-${migrationsHash()}.tar`);

export const postgresTemplateName = () => `linchpin_tpl_${migrationsHash()}`;

/** The same server, another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
