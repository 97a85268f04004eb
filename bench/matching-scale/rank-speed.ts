// Ranking alone, this code against a baseline, in one process: one provider set per implementation over
// the same generated documents, then needs ranked alternately by each (so both see the same machine load).
// Prints a table of ms per need (p50, p95, mean) for refreshed needs (people of the network) and new needs
// (people beyond it), whether the two agree on every top 10, and recall@10 against the naive ranking on a
// sample. The baseline is another checkout's `src/domain/matching/rank.ts` (e.g. `git archive <commit> src`).
// Run: nice node --expose-gc --import tsx bench/matching-scale/rank-speed.ts --size 30000 [--baseline DIR]
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import * as current from '../../src/domain/matching/rank';
import type { MatchDoc } from '../../src/domain/matching/relevance';
import { machine, percentile, round } from '../lib/stats';
import { generatePerson } from './network';
import { phraseVectors } from './phrases';
import { fullScore, ranked as options } from './stand-in-score';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '30000' },
    cache: { type: 'string', default: join('node_modules', '.cache', 'linchpin-bench') },
    baseline: { type: 'string' },
    needs: { type: 'string', default: '300' },
    'naive-sample': { type: 'string', default: '10' },
  },
});
const people = Number(values.size);
const needCount = Number(values.needs);
const naiveSample = Number(values['naive-sample']);
const K = 10;

type RankModule = Pick<typeof current, 'buildProviderSet' | 'topProviders' | 'rankEveryProvider'>;

interface Timed {
  name: string;
  rank: RankModule;
  set: ReturnType<RankModule['buildProviderSet']>;
  refresh: number[];
  fresh: number[];
}

async function main() {
  const phrases = await phraseVectors(values.cache!);
  const docs: MatchDoc[] = [];
  for (let i = 0; i < people; i++) {
    const p = generatePerson(i, phrases);
    docs.push(...p.offers, p.profile);
  }
  const modules: [string, RankModule][] = [['this code', current]];
  if (values.baseline) {
    const base: RankModule = await import(resolve(values.baseline, 'src/domain/matching/rank.ts'));
    modules.push(['baseline', base]);
  }
  const runs: Timed[] = modules.map(([name, rank]) => {
    const s = performance.now();
    const set = rank.buildProviderSet(docs, { storage: 'int8' });
    console.error(`${name}: built in ${Math.round(performance.now() - s)} ms`);
    return { name, rank, set, refresh: [], fresh: [] };
  });
  // the sets hold what they need (int8: their own quantised copies); the float32 originals can go
  docs.length = 0;
  global.gc?.();
  const load = [loadavg()];
  const every = Math.max(1, Math.floor(people / needCount));
  let differ = 0;
  let compared = 0;
  const tops = new Map<MatchDoc, number[]>();
  const rankAll = (need: MatchDoc, into: 'refresh' | 'fresh', round: number) => {
    const order = round % 2 === 0 ? runs : [...runs].reverse();
    const ids: string[] = [];
    for (const r of order) {
      const s = performance.now();
      const top = r.rank.topProviders(r.set, need, K, fullScore, options);
      r[into].push(performance.now() - s);
      ids.push(top.map((t) => `${t.index}:${t.score}`).join(','));
      if (r === runs[0])
        tops.set(
          need,
          top.map((t) => t.index),
        );
    }
    compared++;
    if (ids.some((x) => x !== ids[0])) differ++;
  };
  let n = 0;
  for (let i = 0; i < people; i += every)
    for (const need of generatePerson(i, phrases).needs) rankAll(need, 'refresh', n++);
  for (let j = 0; j < needCount; j++) rankAll(generatePerson(people + j, phrases).needs[0]!, 'fresh', n++);
  load.push(loadavg());

  let found = 0;
  let wanted = 0;
  let naiveMs = 0;
  const sampled = [...tops].slice(0, naiveSample);
  for (const [need, top] of sampled) {
    const s = performance.now();
    const naive = current.rankEveryProvider(runs[0]!.set, need, K, fullScore);
    naiveMs += performance.now() - s;
    const got = new Set(top);
    wanted += naive.length;
    for (const r of naive) if (got.has(r.index)) found++;
  }

  const stats = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    return `${round(percentile(s, 50), 2)} | ${round(percentile(s, 95), 2)} | ${round(mean, 2)}`;
  };
  console.log(
    `Machine: ${machine()}; load average ${load.map((l) => l.map((x) => round(x, 2)).join(' / ')).join(' → ')}`,
  );
  console.log(
    `${people.toLocaleString('en')} people, ${runs[0]!.set.docs.length.toLocaleString('en')} providers; ${runs[0]!.refresh.length} refreshed needs, ${runs[0]!.fresh.length} new needs\n`,
  );
  console.log('| code | refresh p50 ms | p95 ms | mean ms | new need p50 ms | p95 ms | mean ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of runs) console.log(`| ${r.name} | ${stats(r.refresh)} | ${stats(r.fresh)} |`);
  if (runs.length > 1)
    console.log(`\nTop 10s (positions and scores) differing between the two: ${differ} of ${compared}`);
  console.log(
    `recall@10 vs naive: ${round(found / Math.max(1, wanted), 4)} on ${sampled.length} needs (naive ${round(naiveMs / Math.max(1, sampled.length), 1)} ms/need)`,
  );
}

await main();
