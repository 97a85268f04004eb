// The network picture's budget (issue 12): at `--nodes` (5,000) people and `--edges` (10,000) edges, first
// render ≤ 2 s and pan/zoom frame time ≤ 33 ms in Debian's Chromium (headless, no GPU: WebGL runs on
// SwiftShader, the CPU). Seeds two accounts in a fresh embedded data directory through a test-only data
// hook (`seed.ts`, bulk SQL, seeded): the full-size one and a small baseline (`--baseline-nodes`, 100)
// measured in the same run, so a loaded machine shows in both. Then:
// - the API: `networkGraph`'s service time in-process (p50/p95) and the JSON's size, raw and gzipped;
// - the browser, against `linchpin serve`: first render (navigation start → the frame after the picture's first
//   frame, `performance.mark` by the page; includes loading the app, fetching and parsing the JSON, building
//   the graph), the layout's time to settle in its worker, frame intervals (requestAnimationFrame) while
//   idle, and while wheel-zooming and dragging the camera. Not a test: numbers go to bench/README.md.
// Run: nice npm run bench:network [-- --nodes 5000 --edges 10000 --loads 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../src/db/client';
import type { DatabaseTarget } from '../../src/db/types';
import { edgeFilter } from '../../src/network/filter';
import { assembleGraph } from '../../src/network/graph';
import { networkGraph } from '../../src/network/service';
import { FIRST_RENDER_MARK, STEP_MARKS } from '../../web/src/components/network/marks';
import { BENCH_WORDS, peopleOf, seedPeople } from '../lib/people';
import { startServer } from '../lib/server-process';
import { machine, percentile, round } from '../lib/stats';
import { firstRenderTimes, framesWhile, markTimes, panAndZoom, until, WEBGL_RENDERER } from './page-driver';
import { seedEdges } from './seed';

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '5000' },
    edges: { type: 'string', default: '10000' },
    'baseline-nodes': { type: 'string', default: '100' },
    loads: { type: 'string', default: '3' },
    calls: { type: 'string', default: '20' },
    port: { type: 'string', default: '4391' },
  },
});
const NODES = Number(args.nodes);
const EDGES = Number(args.edges);
const BASE_NODES = Number(args['baseline-nodes']);
const LOADS = Number(args.loads);
const CALLS = Number(args.calls);
const PASSWORD = 'bench-password';
const NOW = new Date();

const person = peopleOf(BENCH_WORDS);

/** Everyone the edges touch, as the page asks by default; `edges` of them, seeded. */
async function seedAccount(
  target: DatabaseTarget,
  email: string,
  nodes: number,
  edges: number,
  seed: number,
) {
  await seedPeople(target, nodes, person, email);
  const database = await openDatabase(target);
  const seeded = await seedEdges(database.db, email, edges, seed, NOW);
  await database.close();
  return seeded;
}

async function apiTimes(target: DatabaseTarget, accountId: string) {
  const database = await openDatabase(target);
  const filter = edgeFilter({});
  const times: number[] = [];
  let graph = await networkGraph(database.db, accountId, filter);
  for (let i = 0; i < CALLS; i++) {
    const t0 = performance.now();
    graph = await networkGraph(database.db, accountId, filter);
    times.push(performance.now() - t0);
  }
  await database.close();
  const json = JSON.stringify(graph);
  times.sort((a, b) => a - b);
  return {
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    serviceP50Ms: round(percentile(times, 50)),
    serviceP95Ms: round(percentile(times, 95)),
    jsonKiB: round(Buffer.byteLength(json) / 1024),
    gzipKiB: round(gzipSync(json).length / 1024),
  };
}

async function browserTimes(url: string, email: string, loads: number) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    // As the e2e tests launch it: no GPU, so WebGL is SwiftShader.
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1280, height: 900 } });
  const signin = await context.request.post('/api/v1/auth/signin', { data: { email, password: PASSWORD } });
  if (!signin.ok()) throw new Error(`sign-in: ${signin.status()}`);
  const page = await context.newPage();
  await page.goto('/');
  const renderer = await page.evaluate<string>(WEBGL_RENDERER);
  const firstRenders: number[] = [];
  const fetches: number[] = [];
  const settles: number[] = [];
  const steps: { data: number; graph: number; drawn: number }[] = [];
  let idle = null;
  let moving = null;
  let duringLayout = null;
  for (let i = 0; i < loads; i++) {
    await page.goto('/network');
    await until(page, `performance.getEntriesByName(${JSON.stringify(FIRST_RENDER_MARK)}).length > 0`);
    const t = await page.evaluate<{ first: number; fetch: number }>(firstRenderTimes(FIRST_RENDER_MARK));
    firstRenders.push(t.first);
    fetches.push(t.fetch);
    const [data, graph, drawn] = await page.evaluate<number[]>(markTimes(Object.values(STEP_MARKS)));
    steps.push({ data: round(data!), graph: round(graph!), drawn: round(drawn!) });
    if (i === 0) {
      duringLayout = await framesWhile(page, async () => {
        await page.waitForTimeout(2000);
      });
    }
    await page.locator('[data-layout="settled"]').waitFor({ timeout: 60_000 });
    const settledAt = await page.evaluate<number>('performance.now()');
    settles.push(settledAt - t.first);
  }
  idle = await framesWhile(page, () => page.waitForTimeout(1500));
  moving = await framesWhile(page, () => panAndZoom(page));
  await browser.close();
  return {
    renderer,
    firstRenderMs: firstRenders.map((x) => round(x)),
    apiFetchMs: fetches.map((x) => round(x)),
    // When each step before the first render ended, since navigation start: the data on the page, the
    // graph built, the picture's first frame drawn (issued); the first render is the frame after.
    stepsMs: steps,
    layoutSettleMs: settles.map((x) => round(x)),
    framesDuringLayout: duringLayout,
    framesIdle: idle,
    framesPanZoom: moving,
  };
}

/**
 * How slow this machine is right now: a fixed piece of pure work (assembling a synthetic 5,000-person,
 * 10,000-edge graph in this process), timed 5 times, median. On an idle core it takes a few milliseconds.
 */
function cpuCalibrationMs(): number {
  const people = Array.from({ length: 5000 }, (_, i) => ({
    id: `p${i}`,
    name: `Person ${i}`,
    tags: [],
    trust: null,
  }));
  const edges = Array.from({ length: 10000 }, (_, j) => ({
    id: `e${j}`,
    source: `p${(j * 7) % 5000}`,
    target: `p${(j * 13 + 1) % 5000}`,
    kind: 'introduction' as const,
    outcome: null,
    state: 'closed' as const,
    date: '2025-01-01',
  }));
  const times = Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    assembleGraph(people, edges);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return round(times[2]!);
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'linchpin-bench-network-'));
  const target: DatabaseTarget = { kind: 'pglite', dataDir };
  const started = performance.now();
  const loadBefore = loadavg().map((x) => round(x, 2));
  const calibrationBefore = cpuCalibrationMs();
  try {
    const big = await seedAccount(target, 'bench-network@example.com', NODES, EDGES, 12);
    const small = await seedAccount(target, 'bench-baseline@example.com', BASE_NODES, BASE_NODES * 2, 7);
    console.error(`seeded: ${JSON.stringify({ big, small })}`);
    const api = {
      full: await apiTimes(target, big.accountId),
      baseline: await apiTimes(target, small.accountId),
    };
    console.error(`api: ${JSON.stringify(api)}`);
    const server = await startServer(dataDir, Number(args.port));
    try {
      const baseline = await browserTimes(server.url, 'bench-baseline@example.com', LOADS);
      const full = await browserTimes(server.url, 'bench-network@example.com', LOADS);
      const report = {
        machine: machine(),
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadavg().map((x) => round(x, 2)),
        cpuCalibrationMs: { before: calibrationBefore, after: cpuCalibrationMs() },
        size: { nodes: NODES, edges: EDGES, baselineNodes: BASE_NODES },
        api,
        browser: { baseline, full },
        totalSeconds: round((performance.now() - started) / 1000),
      };
      console.log(JSON.stringify(report, null, 2));
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
