// Where the network picture's first render goes: seeds (or reuses) a data directory, serves it, loads
// /network in Chromium as the benchmark does and prints, per load, the page's own marks (linchpin:network-*),
// the script and API fetches; --pan also waits for the layout and pans and zooms (--screenshot: a PNG first); --cpu-profile and --trace
// print the functions and the threads that took the time (files in /tmp); --variants loads
// /network<query> for each query in turn. A tool for finding the slow part; bench/network/network.ts measures.
// Run: nice node --import tsx bench/network/profile.ts [--data /tmp/net5k --nodes 5000 --edges 10000 --pan]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { openDatabase } from '../../src/db/client';
import { FIRST_RENDER_MARK, STEP_MARKS } from '../../web/src/components/network/marks';
import { BENCH_WORDS, peopleOf, seedPeople } from '../lib/people';
import { startServer } from '../lib/server-process';
import { round } from '../lib/stats';
import { type FrameStats, framesWhile, markTimes, panAndZoom } from './page-driver';
import { seedEdges } from './seed';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: '/tmp/linchpin-network-profile' },
    nodes: { type: 'string', default: '5000' },
    edges: { type: 'string', default: '10000' },
    loads: { type: 'string', default: '3' },
    port: { type: 'string', default: '4392' },
    'cpu-profile': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
    // Query strings to load /network with, alternating (e.g. "?a,?b"), for trying page variants side by side.
    variants: { type: 'string', default: '' },
    pan: { type: 'boolean', default: false },
    // With --pan: traces only the panning and zooming, and prints each thread's busy time per frame drawn
    // (the GPU process's main thread is where SwiftShader's WebGL work shows).
    'trace-pan': { type: 'boolean', default: false },
    // Saves /tmp/network-load-<n>.png of each load (after the layout settles, with --pan).
    screenshot: { type: 'boolean', default: false },
  },
});
const EMAIL = 'bench-network@example.com';

const person = peopleOf(BENCH_WORDS);

const TIMELINE = `(() => {
  const out = [];
  for (const r of performance.getEntriesByType('resource'))
    if (/\\.js$|\\/api\\/v1\\/network/.test(r.name))
      out.push([r.name.replace(/^.*\\//, '').slice(0, 40), r.startTime, r.responseEnd, r.transferSize]);
  for (const m of performance.getEntriesByType('mark'))
    if (m.name.startsWith('linchpin:')) out.push([m.name, m.startTime, m.startTime, 0]);
  const nav = performance.getEntriesByType('navigation')[0];
  out.push(['domContentLoaded', nav.domContentLoadedEventEnd, nav.domContentLoadedEventEnd, 0]);
  return out.sort((a, b) => a[1] - b[1]);
})()`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

function topSelf(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, n = 25) {
  const self = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0));
  });
  const byFn = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  return [...byFn]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${round(ms).toString().padStart(8)} ms  ${k}`);
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'gpu'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** Time on the page's main thread by event, counting only top-level tasks' children one level down. */
function traceSummary(events: TraceEvent[], frames = 0) {
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events)
    if (e.ph === 'X' && e.dur) {
      const k = `${e.pid}:${e.tid}`;
      const list = byThread.get(k) ?? [];
      list.push(e);
      byThread.set(k, list);
    }
  const out: string[] = [];
  for (const [k, list] of byThread) {
    const name = threadNames.get(k) ?? k;
    const busy = new Map<string, number>();
    list.sort((a, b) => a.ts - b.ts);
    // Children of RunTask (one level), so nested events are not counted twice.
    let taskEnd = -1;
    let childEnd = -1;
    let total = 0;
    for (const e of list) {
      if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
        if (e.ts >= taskEnd) {
          taskEnd = e.ts + e.dur!;
          total += e.dur!;
        }
        continue;
      }
      if (e.ts < taskEnd && e.ts >= childEnd) {
        busy.set(e.name, (busy.get(e.name) ?? 0) + e.dur!);
        childEnd = e.ts + e.dur!;
      }
    }
    if (total < 50_000) continue;
    const perFrame = frames > 0 ? `, ${round(total / 1000 / frames)} ms a frame` : '';
    out.push(`${name} (${k}): busy ${round(total / 1000)} ms${perFrame}`);
    for (const [n, d] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 10))
      out.push(
        `   ${round(d / 1000)
          .toString()
          .padStart(8)} ms  ${n}`,
      );
  }
  return out;
}

async function main() {
  const marker = join(args.data, '.seeded');
  if (!existsSync(marker)) {
    mkdirSync(args.data, { recursive: true });
    const target = { kind: 'pglite' as const, dataDir: args.data };
    await seedPeople(target, Number(args.nodes), person, EMAIL);
    const database = await openDatabase(target);
    console.error(await seedEdges(database.db, EMAIL, Number(args.edges), 12, new Date()));
    await database.close();
    writeFileSync(marker, '');
  }
  const server = await startServer(args.data, Number(args.port));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1280, height: 900 } });
    await context.request.post('/api/v1/auth/signin', { data: { email: EMAIL, password: 'bench-password' } });
    const page = await context.newPage();
    await page.goto('/');
    const cdp = await context.newCDPSession(page);
    const variants = args.variants ? args.variants.split(',') : [''];
    const summary: { variant: string; steps: number[]; settledMs?: number; panZoom?: FrameStats }[] = [];
    for (let i = 0; i < Number(args.loads); i++) {
      if (args['cpu-profile']) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      if (args.trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const variant = variants[i % variants.length]!;
      await page.goto(`/network${variant}`);
      const deadline = Date.now() + 60_000;
      while (
        !(await page.evaluate<boolean>(`performance.getEntriesByName('${FIRST_RENDER_MARK}').length > 0`))
      ) {
        if (Date.now() > deadline) throw new Error('no first render');
        await page.waitForTimeout(20);
      }
      await page.waitForTimeout(300);
      const rows = await page.evaluate<[string, number, number, number][]>(TIMELINE);
      console.log(`--- load ${i + 1} ${variant}`);
      for (const [name, start, end, size] of rows)
        console.log(
          `${round(start).toString().padStart(8)} → ${round(end).toString().padStart(8)}  ${name}${size ? ` (${round(size / 1024)} KiB)` : ''}`,
        );
      const steps = await page.evaluate<number[]>(
        markTimes([...Object.values(STEP_MARKS), FIRST_RENDER_MARK]),
      );
      summary.push({ variant, steps: steps.map((x) => round(x)) });
      if (args.pan) {
        await page.locator('[data-layout="settled"]').waitFor({ timeout: 120_000 });
        const settled = await page.evaluate<number>('performance.now()');
        if (args.screenshot) await page.screenshot({ path: `/tmp/network-load-${i + 1}.png` });
        if (args['trace-pan']) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
        const moving = await framesWhile(page, () => panAndZoom(page));
        if (args['trace-pan']) {
          const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
          console.log(`pan/zoom: ${moving.frames} frames; busy per thread (ms), and per frame:`);
          console.log(traceSummary(trace.traceEvents, moving.frames).join('\n'));
        }
        summary.at(-1)!.settledMs = round(settled - steps.at(-1)!);
        summary.at(-1)!.panZoom = moving;
      }
      if (args.trace) {
        const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
        writeFileSync(`/tmp/network-load-${i + 1}.trace.json`, JSON.stringify(trace));
        console.log(traceSummary(trace.traceEvents).join('\n'));
      }
      if (args['cpu-profile']) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(`/tmp/network-load-${i + 1}.cpuprofile`, JSON.stringify(profile));
        console.log(topSelf(profile).join('\n'));
      }
    }
    console.log('variant: data / graph / drawn / first render (ms since navigation start)');
    for (const r of summary)
      console.log(
        `${r.variant.padEnd(16)} ${r.steps.join(' / ')}${r.settledMs ? `  settled +${r.settledMs}` : ''}${r.panZoom ? `  pan/zoom ${JSON.stringify(r.panZoom)}` : ''}`,
      );
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
