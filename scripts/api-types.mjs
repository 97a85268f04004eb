// Keeps web/src/api/openapi.gen.ts (the web client's types, generated from the server's OpenAPI document by
// scripts/gen-api-types.ts) current: regenerates it when a file under src/ changed since the last run.
// `npm run typecheck`, `npm run dev:web` and scripts/build-web.mjs run this first. `--force` always
// regenerates.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const generator = join(root, 'scripts', 'gen-api-types.ts');
const generated = join(root, 'web', 'src', 'api', 'openapi.gen.ts');
/**
 * When the generator last ran. The generated file itself is rewritten only when the API changed (so the web
 * build is not made stale by server edits that change nothing in the API), so its time cannot tell.
 */
const stamp = join(root, 'node_modules', '.cache', 'linchpin', 'api-types.stamp');
/** What the OpenAPI document is made from: the server's code, its dependencies and the generator. */
const inputs = [join(root, 'src'), join(root, 'package-lock.json'), generator];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function apiTypesAreFresh() {
  if (!existsSync(generated) || !existsSync(stamp)) return false;
  const ran = statSync(stamp).mtimeMs;
  return inputs.every((input) => newestMtime(input) <= ran);
}

export function ensureApiTypes({ force = false } = {}) {
  if (!force && apiTypesAreFresh()) return;
  const started = Date.now();
  execFileSync(process.execPath, ['--import', 'tsx', generator], { cwd: root, stdio: 'inherit' });
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, '');
  // Dated when the generator started: a file saved while it ran makes the next run regenerate.
  utimesSync(stamp, started / 1000, started / 1000);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  ensureApiTypes({ force: process.argv.includes('--force') });
}
