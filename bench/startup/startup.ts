// Start-up benchmarks of the `linchpin` command, the built JavaScript (what bin/linchpin.js runs) against
// the TypeScript sources through tsx (what it ran before, and what `npm run dev` runs), in the same run:
//   1. `linchpin --help`
//   2. a CLI command forwarded to a running server (`people list` on the server's data directory)
//   3. a CLI command on a PGlite data directory with no server (`people list`, opening the database)
//   4. server cold start: spawn `linchpin serve` → first 200 on GET /healthz (existing data directory); the
//      server listens before its database opens, so the same start is also timed to the first 200 on /readyz
//      (the database answers)
// Run: npm run bench:startup   (BENCH_RUNS=7 BENCH_PORT=4398). Prints a Markdown table for bench/README.md.
// Besides wall-clock time it reports the CPU time the started process used (Linux, from /proc), which a
// busy machine inflates far less than the wall-clock time: on 2 shared cores the two can differ a lot.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, percentile, round } from '../lib/stats';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** How each path starts `linchpin`: argv after `node`. */
const PATHS = {
  build: [join(root, 'bin/linchpin.js')],
  tsx: ['--import', 'tsx', join(root, 'src/cli/main.ts')],
} as const;
type Path = keyof typeof PATHS;

const env = (): NodeJS.ProcessEnv => {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'warn',
    LINCHPIN_PASSWORD: 'correct horse battery',
  };
  for (const key of ['DATABASE_URL', 'LINCHPIN_DATA', 'PORT', 'HOST', 'PUBLIC_URL']) delete e[key];
  return e;
};

/** One measurement: wall-clock and CPU milliseconds. */
interface Sample {
  wall: number;
  cpu: number;
}

/** Fields of /proc/<pid>/stat after the command name, so index 0 is field 3 (state). */
function procStat(pid: number | 'self'): number[] {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
  } catch {
    return [];
  }
}
const TICK_MS = 10; // USER_HZ is 100 on Linux
/** CPU time of this process's finished children (cutime + cstime). */
const childrenCpuMs = () => {
  const f = procStat('self');
  return ((f[13] ?? Number.NaN) + (f[14] ?? Number.NaN)) * TICK_MS;
};
/** CPU time a running process used so far, all its threads (utime + stime). */
const processCpuMs = (pid: number) => {
  const f = procStat(pid);
  return ((f[11] ?? Number.NaN) + (f[12] ?? Number.NaN)) * TICK_MS;
};

function run(path: Path, args: string[]): Promise<Sample> {
  const t0 = performance.now();
  const cpu0 = childrenCpuMs();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...PATHS[path], ...args], {
      cwd: root,
      env: env(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve({ wall: performance.now() - t0, cpu: childrenCpuMs() - cpu0 });
      else reject(new Error(`linchpin ${args.join(' ')} exited with ${code}: ${stderr}`));
    });
  });
}

async function startServe(
  path: Path,
  dataDir: string,
): Promise<{ ready: Sample; databaseReady: Sample; stop(): Promise<void> }> {
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [...PATHS[path], 'serve', '--data', dataDir, '--port', String(PORT)],
    {
      cwd: root,
      env: env(),
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (;;) {
    if (child.exitCode !== null) throw new Error(`linchpin serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  const ready = { wall: performance.now() - t0, cpu: processCpuMs(child.pid ?? 0) };
  while ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).status !== 200) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const databaseReady = { wall: performance.now() - t0, cpu: processCpuMs(child.pid ?? 0) };
  return {
    ready,
    databaseReady,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function times(fn: () => Promise<Sample>): Promise<Sample[]> {
  await fn(); // warm the file-system cache (and tsx's transform cache) once, unmeasured
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await fn());
  return samples;
}

/** "median ms (min–max), CPU median ms" */
function fmt(samples: Sample[]): string {
  const wall = samples.map((s) => s.wall).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  const ms = (n: number) => `${Math.round(n)}`;
  return `${ms(percentile(wall, 50))} ms (${ms(wall[0]!)}–${ms(wall.at(-1)!)}), CPU ${ms(percentile(cpu, 50))} ms`;
}

async function main(): Promise<void> {
  // The build must be current, or the first measured run would include building it.
  execFileSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'linchpin-bench-startup-'));
  const load = [round(loadavg()[0]!, 2)];
  try {
    const data = join(dir, 'data');
    await run('build', ['user', 'create', '--email', 'bench@example.com', '--data', data]);
    for (let i = 0; i < 10; i++) {
      await run('build', ['people', 'add', '--name', `Person ${i}`, '--tag', 'bench', '--data', data]);
    }
    const list = ['people', 'list', '--data', data];
    const rows: [string, Record<Path, Sample[]>, string][] = [];
    const both = async (label: string, target: string, fn: (path: Path) => Promise<Sample>) => {
      rows.push([
        label,
        { build: await times(() => fn('build')), tsx: await times(() => fn('tsx')) },
        target,
      ]);
    };

    await both('`linchpin --help`', '≤ 0.3 s', (path) => run(path, ['--help']));
    await both('`people list`, PGlite data directory, no server', '≤ 1.2 s', (path) => run(path, list));
    const server = await startServe('build', data);
    try {
      await both('`people list` forwarded to the running server', '≤ 0.5 s', (path) => run(path, list));
    } finally {
      await server.stop();
    }
    const databaseReady: Record<Path, Sample[]> = { build: [], tsx: [] };
    await both('server cold start → first 200 on /healthz', '≤ 1 s', async (path) => {
      const s = await startServe(path, data);
      await s.stop();
      databaseReady[path].push(s.databaseReady);
      return s.ready;
    });
    // The first start of each path is the unmeasured warm-up of times().
    databaseReady.build.shift();
    databaseReady.tsx.shift();
    rows.push(['the same starts → first 200 on /readyz (database open)', databaseReady, '—']);
    load.push(round(loadavg()[0]!, 2));

    console.log(
      `\n${machine()}; load average ${load.join(' → ')}; wall-clock median of ${RUNS} (min–max), CPU median\n`,
    );
    console.log('| start-up | built JavaScript (bin/linchpin.js) | tsx (before) | target |');
    console.log('|---|---|---|---|');
    for (const [label, ms, target] of rows)
      console.log(`| ${label} | ${fmt(ms.build)} | ${fmt(ms.tsx)} | ${target} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
