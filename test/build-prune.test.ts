// Old builds are pruned, except one a running `linchpin` still runs: a server started before a checkout loads
// its chunks lazily for as long as it runs. Runs a copy of scripts/build-server.mjs over a made-up dist/.
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const project = mkdtempSync(join(tmpdir(), 'linchpin-prune-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Builds a..g, a the oldest; g is the current one. */
function makeBuilds(): string[] {
  mkdirSync(join(project, 'scripts'), { recursive: true });
  copyFileSync(
    new URL('../scripts/build-server.mjs', import.meta.url),
    join(project, 'scripts/build-server.mjs'),
  );
  const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((l) => `build-${l}`);
  for (const name of names) {
    mkdirSync(join(project, 'dist', name), { recursive: true });
    writeFileSync(join(project, 'dist', name, 'main.js'), '');
  }
  return names;
}

const ageBuilds = (names: string[]) =>
  names.forEach((name, i) => {
    const t = new Date(Date.UTC(2026, 0, 1, 0, i));
    utimesSync(join(project, 'dist', name), t, t);
  });

function prune(keep: string) {
  const script = join(project, 'scripts/build-server.mjs');
  execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    `const m = await import(${JSON.stringify(`file://${script}`)}); m.pruneBuilds(${JSON.stringify(keep)});`,
  ]);
}

it('keeps the three newest old builds and any older one a live process runs; one marked by a process that has exited goes', async () => {
  const names = makeBuilds();
  // A process that is running build-a, and a marker left in build-b by one that was killed.
  const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
  const gone = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => gone.once('exit', resolve));
  try {
    writeFileSync(join(project, 'dist/build-a', `.running-${running.pid}`), '');
    writeFileSync(join(project, 'dist/build-b', `.running-${gone.pid}`), '');
    ageBuilds(names);
    prune('build-g');
    expect(readdirSync(join(project, 'dist')).sort()).toEqual([
      'build-a',
      'build-d',
      'build-e',
      'build-f',
      'build-g',
    ]);
    // Once it stops, the next prune removes it.
    running.kill();
    await new Promise((resolve) => running.once('exit', resolve));
    prune('build-g');
    expect(existsSync(join(project, 'dist/build-a'))).toBe(false);
  } finally {
    running.kill();
  }
});

it('marks the build a process runs while it runs, and unmarks it when it exits', () => {
  makeBuilds();
  const script = join(project, 'scripts/build-server.mjs');
  const build = join(project, 'dist/build-c');
  const printed = execFileSync(process.execPath, [
    '--input-type=module',
    '-e',
    `import { readdirSync } from 'node:fs';
     const m = await import(${JSON.stringify(`file://${script}`)});
     m.holdBuild(${JSON.stringify(`file://${join(build, 'main.js')}`)});
     console.log(JSON.stringify({ pid: process.pid, files: readdirSync(${JSON.stringify(build)}) }));`,
  ]).toString();
  const { pid, files } = JSON.parse(printed) as { pid: number; files: string[] };
  expect(files).toContain(`.running-${pid}`);
  expect(readdirSync(build).filter((n) => n.startsWith('.running-'))).toEqual([]);
});
