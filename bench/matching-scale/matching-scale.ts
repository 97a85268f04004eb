// Matching at scale: generated networks of 1k, 30k and 200k people (≈1 need, 2 offers and a profile each),
// embeddings precomputed from real phrase embeddings (phrases.ts, network.ts). For each size, in its own
// process (size-run.ts): full refresh of every need's top 10 through the index vs the naive baseline,
// recall@10, one new need and one new offer at a time with their real embeddings, memory; then the
// full-text baseline on PGlite and PostgreSQL (fulltext.ts). Also the embedder's throughput.
// Run: npm run bench:matching-scale [-- --sizes 1000,30000 --pg postgres://…]
import { execFile } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs, promisify } from 'node:util';
import { useEmbedder as sentenceEncoder } from '../../src/matching/use-embedder';
import { machine, round } from '../lib/stats';
import { generatePerson } from './network';
import { phraseVectors } from './phrases';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,30000,200000' },
    pg: { type: 'string' },
    cache: { type: 'string', default: join('node_modules', '.cache', 'linchpin-bench') },
    'naive-sample': { type: 'string', default: '100' },
    'refresh-sample': { type: 'string', default: '3000' },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const here = join('bench', 'matching-scale');

/**
 * Needs scored naively (all of them up to 1k people), and needs refreshed through the index (0: all of them,
 * up to 1k people); the rest is extrapolated, and the table says so.
 */
const naiveSample = (n: number) => (n <= 1000 ? n : Number(values['naive-sample']));
const refreshSample = (n: number) => (n <= 1000 ? 0 : Number(values['refresh-sample']));

async function child(script: string, args: string[]) {
  const { stdout } = await run(
    'nice',
    ['-n', '10', process.execPath, '--expose-gc', '--import', 'tsx', join(here, script), ...args],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

async function embeddingThroughput() {
  const phrases = await phraseVectors(values.cache!);
  const texts: string[] = [];
  for (let i = 0; texts.length < 1000; i++) {
    const p = generatePerson(900_000 + i, phrases);
    texts.push(p.needs[0]!.text, p.offers[0]?.text ?? p.profile.text);
  }
  const embedder = sentenceEncoder();
  await embedder.embed(['warm up']);
  const start = performance.now();
  for (let i = 0; i < texts.length; i += 100) await embedder.embed(texts.slice(i, i + 100));
  return Math.round(texts.length / ((performance.now() - start) / 1000));
}

async function main() {
  const load = loadavg()[0]!;
  const throughput = await embeddingThroughput();
  const rows: string[] = [];
  const ms = (x: number) => (x >= 10_000 ? `${round(x / 1000, 1)} s` : `${Math.round(x)} ms`);
  for (const n of sizes) {
    const args = ['--size', String(n), '--cache', values.cache!];
    const r = await child('size-run.ts', [
      ...args,
      '--naive-sample',
      String(naiveSample(n)),
      '--refresh-sample',
      String(refreshSample(n)),
    ]);
    const ft = await child('fulltext.ts', [...args, ...(values.pg ? ['--pg', values.pg] : [])]);
    const refreshNote = r.refreshed < n ? ` (${r.refreshed} needs, extrapolated)` : '';
    const naiveNote = r.naiveNeeds < n ? ` (${r.naiveNeeds} needs, extrapolated)` : '';
    const pgCell = ft.postgres
      ? `p50 ${round(ft.postgres.p50)} ms, p95 ${round(ft.postgres.p95)} ms (load ${ms(ft.postgres.loadMs)}, index ${ms(ft.postgres.indexMs)})`
      : 'skipped: no --pg URL';
    rows.push(
      `| ${n.toLocaleString('en')} people: ${r.providers.toLocaleString('en')} offers and profiles, ${r.needs.toLocaleString('en')} needs | ` +
        [
          `${ms(r.refreshMs)}${refreshNote}, ${round(r.fastMsPerNeed, 2)} ms/need`,
          `${ms(r.naiveExtrapolatedMs)}${naiveNote}, ${round(r.naiveMsPerNeed, 1)} ms/need`,
          `${round(r.naiveExtrapolatedMs / r.refreshMs, 1)}×`,
          round(r.recallAt10, 4),
          `${ms(r.indexMs)}`,
          `p50 ${round(r.newNeed.p50)} ms, p95 ${round(r.newNeed.p95)} ms (embedding p95 ${round(r.newNeedEmbed.p95)} ms)`,
          `p50 ${round(r.newOffer.p50)} ms, p95 ${round(r.newOffer.p95)} ms`,
          `${r.rssAfterBuildMb} MB (peak with model ${r.peakRssMb} MB)`,
          `p50 ${round(ft.pglite.p50)} ms, p95 ${round(ft.pglite.p95)} ms (load ${ms(ft.pglite.loadMs)}, index ${ms(ft.pglite.indexMs)})`,
          pgCell,
        ].join(' | ') +
        ' |',
    );
    console.error(`done: ${n} people`, JSON.stringify(r), JSON.stringify(ft));
  }
  console.log(
    `Machine: ${machine()}; load average ${round(load, 2)} at the start; ${new Date().toISOString()}\n`,
  );
  console.log(
    '| network | full refresh, index | full refresh, naive | speed-up | recall@10 vs naive | index build | new need (embed + rank) | new offer (embed + file) | RSS after build | ts_rank per need, PGlite | ts_rank per need, PostgreSQL |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(`\nEmbedding throughput (${sentenceEncoder().model}, batches of 100): ${throughput} texts/s`);
}

await main();
