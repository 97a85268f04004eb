// One network size, in its own process so its memory is its own: builds the provider set, refreshes every
// need's suggestions with the index and (on a sample) by scoring every provider, then adds new needs and
// offers one at a time with their real embeddings. Prints one JSON line for matching-scale.ts.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { needDoc, offerDoc } from '../../src/domain/matching/documents';
import {
  buildProviderSet,
  type ProviderSet,
  rankEveryProvider,
  topProviders,
} from '../../src/domain/matching/rank';
import type { MatchDoc } from '../../src/domain/matching/relevance';
// aliased: a name starting with "use" reads as a React hook to the linter
import { useEmbedder as sentenceEncoder } from '../../src/matching/use-embedder';
import { percentile } from '../lib/stats';
import { generatePerson } from './network';
import { phraseVectors } from './phrases';
import { fullScore, ranked } from './stand-in-score';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    cache: { type: 'string' },
    'naive-sample': { type: 'string', default: '100' },
    incremental: { type: 'string', default: '200' },
    'refresh-sample': { type: 'string', default: '0' },
  },
});
const people = Number(values.size);
const naiveSample = Math.min(people, Number(values['naive-sample']));
const incremental = Number(values.incremental);
/** 0: refresh every need; n: refresh n needs spread over the network and extrapolate (the 200k run). */
const refreshSample = Number(values['refresh-sample']);
const K = 10;
/** Documents given to buildProviderSet at once; the rest are added one at a time. */
const FIRST_BATCH = 50_000;

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function main() {
  const phrases = await phraseVectors(values.cache!);

  // 1. the provider set: every offer and profile
  let indexMs = 0;
  let set: ProviderSet | null = null;
  let batch: MatchDoc[] = [];
  const t0 = performance.now();
  for (let i = 0; i < people; i++) {
    const person = generatePerson(i, phrases);
    const docs = [...person.offers, person.profile];
    if (set) {
      const s = performance.now();
      for (const d of docs) set.add(d);
      indexMs += performance.now() - s;
    } else {
      batch.push(...docs);
      if (batch.length >= FIRST_BATCH || i === people - 1) {
        const s = performance.now();
        set = buildProviderSet(batch, { storage: 'int8' });
        indexMs += performance.now() - s;
        batch = [];
      }
    }
  }
  const providers = set!;
  const buildMs = performance.now() - t0;
  global.gc?.();
  const rssAfterBuild = process.memoryUsage().rss;

  // 2. full refresh: the top 10 of every need, through the index
  let refreshMs = 0;
  let refreshed = 0;
  const refreshEvery = refreshSample > 0 ? Math.max(1, Math.floor(people / refreshSample)) : 1;
  const sampleEvery = Math.max(refreshEvery, Math.floor(people / naiveSample));
  const fastTop = new Map<number, number[]>();
  for (let i = 0; i < people; i += refreshEvery) {
    for (const need of generatePerson(i, phrases).needs) {
      refreshed++;
      const s = performance.now();
      const top = topProviders(providers, need, K, fullScore, ranked);
      refreshMs += performance.now() - s;
      if (i % sampleEvery === 0 && fastTop.size < naiveSample)
        fastTop.set(
          i,
          top.map((r) => r.index),
        );
    }
  }
  let peakRss = process.memoryUsage().rss;

  // 3. the naive baseline on a sample of needs: relevance and full score for every provider
  let naiveMs = 0;
  let found = 0;
  let wanted = 0;
  for (const [i, fast] of fastTop) {
    const need = generatePerson(i, phrases).needs[0]!;
    const s = performance.now();
    const naive = rankEveryProvider(providers, need, K, fullScore);
    naiveMs += performance.now() - s;
    const got = new Set(fast);
    wanted += naive.length;
    for (const r of naive) if (got.has(r.index)) found++;
  }
  const naiveNeeds = fastTop.size;

  // 4. one new need, then one new offer, at a time: real embedding of its text, then ranking / filing
  const embedder = sentenceEncoder();
  const loadStart = performance.now();
  await embedder.embed(['warm up']);
  const modelLoadMs = performance.now() - loadStart;
  const needLatency: number[] = [];
  const needEmbedLatency: number[] = [];
  const offerLatency: number[] = [];
  for (let j = 0; j < incremental; j++) {
    const person = generatePerson(people + j, phrases);
    const fields = person.needs[0]!;
    const s = performance.now();
    const [vector] = await embedder.embed([fields.text]);
    const e = performance.now();
    topProviders(providers, needDoc({ text: fields.text, tags: fields.tags }, vector!), K, fullScore, ranked);
    needLatency.push(performance.now() - s);
    needEmbedLatency.push(e - s);
    const offer = person.offers[0]!;
    const o = performance.now();
    const [offerVector] = await embedder.embed([offer.text]);
    providers.add(offerDoc({ text: offer.text, tags: offer.tags, idealCounterpart: '' }, offerVector!));
    offerLatency.push(performance.now() - o);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

  console.log(
    JSON.stringify({
      people,
      providers: providers.docs.length - incremental,
      needs: people,
      generateAndBuildMs: Math.round(buildMs),
      indexMs: Math.round(indexMs),
      refreshed,
      refreshMs: Math.round((refreshMs / refreshed) * people),
      naiveNeeds,
      naiveMsPerNeed: naiveMs / naiveNeeds,
      naiveExtrapolatedMs: Math.round((naiveMs / naiveNeeds) * people),
      fastMsPerNeed: refreshMs / refreshed,
      recallAt10: found / Math.max(1, wanted),
      modelLoadMs: Math.round(modelLoadMs),
      newNeed: { p50: percentile(sorted(needLatency), 50), p95: percentile(sorted(needLatency), 95) },
      newNeedEmbed: {
        p50: percentile(sorted(needEmbedLatency), 50),
        p95: percentile(sorted(needEmbedLatency), 95),
      },
      newOffer: { p50: percentile(sorted(offerLatency), 50), p95: percentile(sorted(offerLatency), 95) },
      rssAfterBuildMb: mb(rssAfterBuild),
      peakRssMb: mb(peakRss),
    }),
  );
}

await main();
