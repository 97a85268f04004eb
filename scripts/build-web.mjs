// Builds the web app into web/dist with Vite. `--if-stale` skips the build when web/dist is newer than
// every source it was built from, so `npm start` and the test suite are fast after the first time.
// The build goes to a temporary folder that then replaces web/dist, so a running server never sees a
// half-written app. Text files are also written compressed (.br and .gz beside each), once here, so the
// server sends them compressed without compressing at every request (src/http/web-app.ts).
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { ensureApiTypes } from './api-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'web');
const dist = join(web, 'dist');
const distIndex = join(dist, 'index.html');
/** Written by the Vite config: the project files the bundle was built from. */
const inputsFile = join(dist, 'build-inputs.json');

/**
 * The newest modification time in a file tree. Folders count too (deleting a file changes its folder),
 * except the top folder itself: replacing web/dist changes web/'s own time.
 */
function newestMtime(path, top = true) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = top ? 0 : st.mtimeMs;
  for (const entry of readdirSync(path)) {
    // Tests are not part of the bundle.
    if (entry === 'node_modules' || entry.startsWith('dist') || /\.test(-d)?\.tsx?$/.test(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry), false));
  }
  return newest;
}

function isFresh() {
  if (!existsSync(distIndex)) return false;
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    inputs = ['src']; // an older build without the list: anything under src/ may matter
  }
  let sources = Math.max(
    newestMtime(fileURLToPath(import.meta.url)),
    newestMtime(web),
    newestMtime(join(root, 'package.json')),
    newestMtime(join(root, 'package-lock.json')),
  );
  for (const input of inputs) {
    if (!input.startsWith('web/') && !existsSync(join(root, input))) return false;
    if (!input.startsWith('web/')) sources = Math.max(sources, newestMtime(join(root, input)));
  }
  return statSync(distIndex).mtimeMs >= sources;
}

/** Below this size compression saves less than the request's own overhead. */
const MIN_COMPRESS_BYTES = 1024;
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;

/** Writes file.br (brotli, best) and file.gz (gzip, best) beside every compressible file in the tree. */
async function precompress(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => COMPRESSIBLE.test(path) && statSync(path).size >= MIN_COMPRESS_BYTES);
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  await Promise.all(
    files.map(async (path) => {
      const data = readFileSync(path);
      const [brotli, gzipped] = await Promise.all([
        br(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
          },
        }),
        gz(data, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      writeFileSync(`${path}.br`, brotli);
      writeFileSync(`${path}.gz`, gzipped);
    }),
  );
}

if (!existsSync(join(web, 'index.html'))) process.exit(0);

/** Vite and the type generator are development dependencies: a production install has neither. */
function isInstalled(name) {
  try {
    import.meta.resolve(name);
    return true;
  } catch {
    return false;
  }
}
const canBuild = isInstalled('vite');
// First the web client's API types: a server change that changes the API rewrites them, which makes the
// web app stale below.
if (canBuild) ensureApiTypes();
if (process.argv.includes('--if-stale') && isFresh()) process.exit(0);
if (!canBuild) {
  console.warn('linchpin: Vite is not installed (production install?), so the web app was not built.');
  process.exit(0);
}
const vite = await import('vite');
const started = Date.now();
process.stdout.write('linchpin: building the web app… ');
const tmp = join(web, `dist.tmp-${process.pid}`);
const old = join(web, `dist.old-${process.pid}`);
try {
  await vite.build({
    root: web,
    logLevel: 'warn',
    configFile: join(web, 'vite.config.ts'),
    build: { outDir: tmp, emptyOutDir: true },
  });
  await precompress(tmp);
  if (existsSync(dist)) renameSync(dist, old);
  try {
    renameSync(tmp, dist);
  } catch (err) {
    // Another build (a parallel test run) finished first; its result is just as good.
    if (!existsSync(distIndex)) throw err;
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
