// Builds the server and the CLI (src/) to JavaScript with esbuild, so `linchpin` starts without compiling
// TypeScript at every run. `bin/linchpin.js` imports this file to check that the build is current (and to
// build it when not); `node scripts/build-server.mjs [--if-stale]` builds it by hand, and `npm start`, the
// postinstall step and the test suite's global setup call it with --if-stale.
//
// Layout: dist/<build>/main.js plus its chunks, one folder per input hash, and dist/current.json naming the
// current one. A rebuild writes a new folder beside the old ones instead of replacing files, so a server that
// is still running an older build can keep loading its lazily imported chunks.
//
// Fresh means: every input file (src/ without tests, drizzle/, tsconfig.json, package.json and this script)
// has the size and modification time recorded at build time, or, if any differs, the same content hash.
// Most packages stay external: PGlite and others find their files relative to their own modules, and the
// commands that need them load them only when they run. The pure-JavaScript packages every server start
// loads are bundled (BUNDLED_PACKAGES): Node's module loader reading, resolving and compiling their
// hundreds of small files was ~0.3 s of a cold start's CPU. Which package went into which output file is
// recorded in packages.json beside the build, so tests can still see what a command loads.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(root, 'dist');
const currentFile = join(distDir, 'current.json');
const thisScript = fileURLToPath(import.meta.url);

/**
 * Packages bundled into the build, with whatever they import. All are plain JavaScript with no files of
 * their own to find at run time. Every other dependency stays an external import.
 */
const BUNDLED_PACKAGES = [
  'zod',
  'hono',
  '@hono/zod-openapi',
  '@hono/node-server',
  'drizzle-orm',
  'libphonenumber-js',
];

/** How many older builds stay on disk for processes that may still be running them. */
const KEEP_OLD_BUILDS = 3;

/** Every file the build depends on, relative to the project root, sorted. */
function inputFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      // Tests are not part of the build.
      else if (!/\.test\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  walk('src');
  walk('drizzle');
  // The lock file too: bundled packages are part of the build, so a new version of one must rebuild it.
  files.push(
    'tsconfig.json',
    'package.json',
    'package-lock.json',
    relative(root, thisScript).split(sep).join('/'),
  );
  return files.sort();
}

/** Size and modification time of each input: the quick check that runs at every `linchpin` start. */
function statsOf(files) {
  const stats = {};
  for (const file of files) {
    const st = statSync(join(root, file));
    stats[file] = [st.size, st.mtimeMs];
  }
  return stats;
}

function hashOf(files) {
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

function sameStats(a, b) {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => b[k] && a[k][0] === b[k][0] && a[k][1] === b[k][1]);
}

function readCurrent() {
  try {
    return JSON.parse(readFileSync(currentFile, 'utf8'));
  } catch {
    return undefined;
  }
}

function writeCurrent(current) {
  const tmp = `${currentFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(current));
  renameSync(tmp, currentFile);
}

/**
 * The entry module of the current build (a file: URL), or undefined when there is none or its inputs
 * changed. Never returns a stale build.
 */
export function currentBuild() {
  const current = readCurrent();
  if (!current) return undefined;
  const entry = join(distDir, current.build, 'main.js');
  if (!existsSync(entry)) return undefined;
  const files = inputFiles();
  const stats = statsOf(files);
  if (!sameStats(stats, current.stats)) {
    // Touched (a checkout, a save without changes) but maybe not changed: compare contents.
    if (hashOf(files) !== current.hash) return undefined;
    try {
      writeCurrent({ ...current, stats });
    } catch {
      // A read-only install: the content check simply runs again next time.
    }
  }
  return pathToFileURL(entry).href;
}

/**
 * `import.meta.url` of a bundled module would name the bundle, not the source file, so paths resolved
 * from it (the migrations folder, web/dist, package.json) would point elsewhere. Each source file gets its
 * own URL back, relative to the build folder so the project can be moved.
 */
function sourceUrlPlugin(outdir) {
  return {
    name: 'source-import-meta-url',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta')) return undefined;
        if (/\bimport\.meta\.(dirname|filename)\b/.test(source)) {
          throw new Error(`${args.path}: use import.meta.url (dirname and filename would be absolute paths)`);
        }
        const fromOut = relative(outdir, args.path).split(sep).join('/');
        const url = `new URL(${JSON.stringify(fromOut)}, import.meta.url).href`;
        const contents = source.replace(/\bimport\.meta\.url\b/g, url);
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** The package a bare import names: `drizzle-orm/pglite` → `drizzle-orm`, `@hono/zod-openapi` → itself. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Dependencies not in BUNDLED_PACKAGES stay imports that Node resolves from node_modules at run time. */
function externalPackagesPlugin() {
  const dependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies);
  const external = new Set(dependencies.filter((name) => !BUNDLED_PACKAGES.includes(name)));
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.path.startsWith('node:') || external.has(packageName(args.path))) {
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

/** Output file → the packages bundled into it, from esbuild's metafile. */
function bundledPackagesByFile(metafile) {
  const byFile = {};
  for (const [output, info] of Object.entries(metafile.outputs)) {
    const packages = new Set();
    for (const input of Object.keys(info.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packages.add(match[1]);
    }
    if (packages.size) byFile[output.split('/').pop()] = [...packages].sort();
  }
  return byFile;
}

/** Builds the server and CLI unless the current build is fresh. Returns the entry module's file: URL. */
export async function buildServer({ ifStale = false, log = (line) => process.stderr.write(line) } = {}) {
  if (ifStale) {
    const fresh = currentBuild();
    if (fresh) return fresh;
  }
  const esbuild = await import('esbuild');
  const started = Date.now();
  log('linchpin: building the server… ');
  const files = inputFiles();
  const stats = statsOf(files);
  const hash = hashOf(files);
  const build = `build-${hash}`;
  const outdir = join(distDir, build);
  mkdirSync(distDir, { recursive: true });
  if (!existsSync(join(outdir, 'main.js'))) {
    const tmp = join(distDir, `tmp-${process.pid}-${Date.now()}`);
    try {
      const result = await esbuild.build({
        absWorkingDir: root,
        // The embedding thread's file is its own entry, beside the chunks that start it
        // (src/matching/use-embedder.ts finds it next to itself).
        entryPoints: { main: 'src/cli/main.ts', 'use-embed-worker': 'src/matching/use-embed-worker.mjs' },
        outdir: tmp,
        entryNames: '[name]',
        chunkNames: 'chunk-[hash]',
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        sourcemap: 'linked',
        logLevel: 'warning',
        metafile: true,
        // A bundled CommonJS module's `require` of a Node built-in needs a real `require`.
        banner: {
          js: "import { createRequire as __linchpinRequire } from 'node:module'; const require = __linchpinRequire(import.meta.url);",
        },
        // Paths in the plugin are computed for the final folder, not the temporary one.
        plugins: [sourceUrlPlugin(outdir), externalPackagesPlugin()],
      });
      writeFileSync(
        join(tmp, 'packages.json'),
        `${JSON.stringify(bundledPackagesByFile(result.metafile), null, 2)}\n`,
      );
      try {
        renameSync(tmp, outdir);
      } catch (err) {
        // A parallel build of the same inputs finished first; its output is identical.
        if (!existsSync(join(outdir, 'main.js'))) throw err;
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  writeCurrent({ build, hash, stats, builtAt: new Date().toISOString() });
  pruneBuilds(build);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return pathToFileURL(join(outdir, 'main.js')).href;
}

/**
 * Removes builds older than the newest KEEP_OLD_BUILDS besides `keep`, except one a running `linchpin` still
 * runs (a server started before a checkout loads its chunks lazily, for as long as it runs: removing them
 * broke it and every command forwarded to it, "Cannot find module chunk-…").
 */
export function pruneBuilds(keep) {
  const hour = 3_600_000;
  const entries = readdirSync(distDir, { withFileTypes: true }).filter((e) => e.isDirectory());
  const builds = entries
    .filter((e) => e.name.startsWith('build-') && e.name !== keep)
    .map((e) => ({ name: e.name, mtime: statSync(join(distDir, e.name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP_OLD_BUILDS)) {
    if (!runByLiveProcess(join(distDir, old.name)))
      rmSync(join(distDir, old.name), { recursive: true, force: true });
  }
  // Left behind by a build that was killed.
  for (const e of entries) {
    const path = join(distDir, e.name);
    if (e.name.startsWith('tmp-') && Date.now() - statSync(path).mtimeMs > hour)
      rmSync(path, { recursive: true, force: true });
  }
}

const RUNNING = /^\.running-(\d+)$/;

/**
 * Marks the build `entryUrl` belongs to as run by this process until it exits (see pruneBuilds). A marker left
 * by a process that was killed names a process that no longer exists, and is cleared by the next prune.
 */
export function holdBuild(entryUrl) {
  const marker = join(fileURLToPath(new URL('.', entryUrl)), `.running-${process.pid}`);
  try {
    writeFileSync(marker, '');
  } catch {
    return; // A read-only install: nothing rebuilds there either.
  }
  process.once('exit', () => rmSync(marker, { force: true }));
}

function runByLiveProcess(buildDir) {
  let live = false;
  for (const name of readdirSync(buildDir)) {
    const pid = RUNNING.exec(name)?.[1];
    if (pid === undefined) continue;
    if (isAlive(Number(pid))) live = true;
    else rmSync(join(buildDir, name), { force: true });
  }
  return live;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return err.code === 'EPERM';
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildServer({
    ifStale: process.argv.includes('--if-stale'),
    log: (line) => process.stdout.write(line),
  });
}
