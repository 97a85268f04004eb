// A cold start of `linchpin serve` loads only what answering requests needs before it listens: the job queue,
// the mail transport and the PostgreSQL driver are a large share of a start-up's CPU, so start.ts imports
// the background work once the server listens, and client.ts, migrate.ts and prepared.ts import
// node-postgres only for PostgreSQL. Checked on the build `linchpin` runs (scripts/build-server.mjs; the
// test suite's global setup makes it current): the files the one holding `startServer` imports statically,
// transitively, must not import those packages. (Sampling a live process at its first answer would race
// with the import that starts right after listening.)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Packages nothing before the server listens may load. */
const LATER_PACKAGES = ['pg', 'pg-boss', 'nodemailer'];

interface BuildFile {
  staticImports: string[];
  packages: string[];
}

function currentBuild(): { dir: string; files: Map<string, BuildFile> } {
  execFileSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { cwd: root, stdio: 'ignore' });
  const { build } = JSON.parse(readFileSync(join(root, 'dist/current.json'), 'utf8')) as { build: string };
  const dir = join(root, 'dist', build);
  const files = new Map<string, BuildFile>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, name), 'utf8');
    // esbuild writes static imports as `import … from "x"` / `import "x"`; dynamic ones as `import("x")`.
    const from = [...code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s[^;]*?\sfrom\s*"([^"]+)"/g)].map(
      (m) => m[1],
    );
    const bare = [...code.matchAll(/(?:^|[;\n])\s*import\s*"([^"]+)"/g)].map((m) => m[1]);
    const specifiers = [...from, ...bare].filter((s): s is string => s !== undefined);
    files.set(name, {
      staticImports: specifiers.filter((s) => s.startsWith('./')).map((s) => s.slice(2)),
      packages: specifiers.filter((s) => !s.startsWith('.') && !s.startsWith('node:')),
    });
  }
  return { dir, files };
}

function staticClosure(files: Map<string, BuildFile>, from: string): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    for (const next of files.get(f)?.staticImports ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

describe('linchpin serve cold start', () => {
  it('loads neither the job queue, the mail transport nor node-postgres before the server listens', () => {
    const { dir, files } = currentBuild();
    const holder = [...files.keys()].find((name) =>
      /async function startServer\(/.test(readFileSync(join(dir, name), 'utf8')),
    );
    expect(holder).toBeDefined();
    const before = staticClosure(files, holder ?? '');
    const loaded = new Set([...before].flatMap((f) => files.get(f)?.packages ?? []));
    // What it must load by then (so the reading of imports is sound) — and what it must not.
    expect([...loaded]).toContain('@electric-sql/pglite');
    expect(LATER_PACKAGES.filter((p) => loaded.has(p))).toEqual([]);
    // They are in the build, imported by the background work that starts after listening.
    const anywhere = new Set([...files.values()].flatMap((f) => f.packages));
    expect([...anywhere]).toEqual(expect.arrayContaining(LATER_PACKAGES));
  });
});
