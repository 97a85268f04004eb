// `linchpin --help` must stay fast: registering the commands loads commander and the command definitions,
// not the services behind them (each handler is imported when its command runs, see action.ts). Node's own
// module loader records what a real `--help` process loads (test/module-trace.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliEnv, linchpinBin } from '../../test/cli';

const root = fileURLToPath(new URL('../..', import.meta.url));
const trace = fileURLToPath(new URL('../../test/module-trace.mjs', import.meta.url));

/** Runs `linchpin --help` with the given entry and returns what it printed and every module it loaded. */
function helpLoads(entry: string[]): { code: number | null; stdout: string; modules: string[] } {
  const r = commandLoads(entry, ['--help']);
  expect(r.stderr).toBe('');
  return r;
}

/** Runs a `linchpin` command in a fresh data directory and returns what it printed and every module it loaded. */
function commandLoads(
  entry: string[],
  args: string[],
): { code: number | null; stdout: string; stderr: string; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-help-'));
  const file = join(dir, 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', trace, ...entry, ...args], {
    // From the project, so that `--import tsx` finds tsx; the data directory is the temporary one.
    cwd: root,
    env: cliEnv({ MODULE_TRACE_FILE: file, LINCHPIN_DATA: join(dir, 'data') }),
    encoding: 'utf8',
  });
  const modules = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, modules };
}

/** Packages that only a command's work needs (the database, validation, parsers, logging). */
const HEAVY_PACKAGES = [
  '@hono/zod-openapi',
  'drizzle-orm',
  '@electric-sql/pglite',
  'pg',
  'pg-boss',
  'libphonenumber-js',
  'pino',
  'ical.js',
  'csv-parse',
  'busboy',
  'iconv-lite',
  'hono',
];
const packageOf = (url: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];

/**
 * The packages a process loaded: those it imported from node_modules, and those bundled into the build's
 * files it loaded (scripts/build-server.mjs records them in packages.json beside the build).
 */
function packagesLoaded(modules: string[]): Set<string> {
  const packages = new Set(modules.map(packageOf).filter((p) => p !== undefined));
  const builds = new Map<string, Record<string, string[]>>();
  for (const url of modules) {
    const match = /\/dist\/(build-[^/]+)\/([^/]+\.js)$/.exec(url);
    if (!match) continue;
    const [, build, file] = match;
    if (!build || !file) continue;
    if (!builds.has(build)) {
      const recorded = readFileSync(join(root, 'dist', build, 'packages.json'), 'utf8');
      builds.set(build, JSON.parse(recorded) as Record<string, string[]>);
    }
    for (const p of builds.get(build)?.[file] ?? []) packages.add(p);
  }
  return packages;
}

// Each case spawns `linchpin`, the last one onto a new embedded database (creating it runs the migrations):
// seconds alone, but past the default 30 s when the machine is busy, as in a CI run beside other work.
describe('linchpin --help', { timeout: 180_000 }, () => {
  it('loads the command definitions from the sources, but no handler, service, schema or database module', () => {
    const r = helpLoads(['--import', 'tsx', join(root, 'src/cli/main.ts')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('people add');
    const sources = r.modules.filter((u) => u.startsWith('file://') && !u.includes('/node_modules/'));
    const src = sources.map((u) => u.slice(u.indexOf('/src/') + 1));
    // What it must load: the trace sees the sources, so an empty list below proves something.
    expect(src).toEqual(expect.arrayContaining(['src/cli/program.ts', 'src/cli/commands/people.ts']));
    const heavy = src.filter(
      (path) =>
        path.startsWith('src/db/') ||
        /-actions\.ts$/.test(path) ||
        /\/(service|repository|schema|queries|deletion)\.ts$/.test(path) ||
        path === 'src/shared/common-schema.ts' ||
        path === 'src/cli/input.ts',
    );
    expect(heavy).toEqual([]);
  });

  it('from the build loads commander but none of the packages behind the commands', () => {
    const r = helpLoads([linchpinBin]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('people add');
    expect(r.modules.some((u) => /\/dist\/build-[^/]+\/main\.js$/.test(u))).toBe(true);
    const packages = packagesLoaded(r.modules);
    expect(packages).toContain('commander');
    expect([...packages].filter((p) => HEAVY_PACKAGES.includes(p))).toEqual([]);
  });

  it('sees the packages bundled into the build, so the check above can fail', () => {
    const r = commandLoads(
      [linchpinBin],
      ['user', 'create', '--email', 'owner@example.com', '--password', 'correct horse'],
    );
    expect(r.code).toBe(0);
    const packages = packagesLoaded(r.modules);
    expect(packages).toContain('drizzle-orm');
    expect(packages).toContain('@electric-sql/pglite');
    expect(r.modules.filter((u) => u.includes('/node_modules/drizzle-orm/'))).toEqual([]);
  });
});
