// Builds the web app into web/dist with Vite. `--if-stale` skips the build when web/dist is newer than
// every source it depends on, so `npm start` is fast after the first time.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const distIndex = join(web, 'dist', 'index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

if (!existsSync(join(web, 'index.html'))) process.exit(0);

if (process.argv.includes('--if-stale') && existsSync(distIndex)) {
  // The web app imports the server's shared schemas, so they count as its sources too.
  const sources = Math.max(
    newestMtime(web),
    newestMtime(join(root, 'src')),
    newestMtime(join(root, 'package.json')),
  );
  if (statSync(distIndex).mtimeMs >= sources) process.exit(0);
}

let vite;
try {
  vite = await import('vite');
} catch {
  console.warn('linchpin: Vite is not installed (production install?), so the web app was not built.');
  process.exit(0);
}
const started = Date.now();
process.stdout.write('linchpin: building the web app… ');
await vite.build({ root: web, logLevel: 'warn', configFile: join(web, 'vite.config.ts') });
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
