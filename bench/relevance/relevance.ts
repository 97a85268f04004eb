// Relevance quality on the labelled set: recall@1, recall@3 and MRR for BM25 alone (the baseline), the
// sentence embedding alone, and the hybrid `relevance()` the product uses, on each split (dev, test, fresh,
// fresh2, fresh3, fresh4, fresh5, fresh6), in one run. Embeddings are cached by text hash in
// node_modules/.cache/linchpin-bench/, so reruns are fast.
//   npm run bench:relevance [-- --set PATH] [--misses]
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { analysisOf, prepareCorpus, relevance } from '../../src/domain/matching/relevance';
import { bm25 } from '../../src/domain/matching/text/bm25';
import { dot } from '../../src/domain/matching/vector';
import { machine } from '../lib/stats';
import { embedAll } from './embed-cache';
import { DEFAULT_SET, loadSet, type Metrics, metrics, needOf, providerOf, rankOfAnswer } from './set';

const args = process.argv.slice(2);
const setPath = args.includes('--set') ? (args[args.indexOf('--set') + 1] as string) : DEFAULT_SET;
const showMisses = args.includes('--misses');
const set = loadSet(setPath);
const needDocs0 = set.needs.map((n) => needOf(n, null));
const providerDocs0 = set.providers.map((p) => providerOf(p, null));
const vectors = await embedAll([...needDocs0, ...providerDocs0].map((d) => d.text));
const needs = set.needs.map((n, i) =>
  needOf(n, vectors.get((needDocs0[i] as { text: string }).text) ?? null),
);
const providers = set.providers.map((p, i) =>
  providerOf(p, vectors.get((providerDocs0[i] as { text: string }).text) ?? null),
);
const corpus = prepareCorpus(providers);

type Method = 'BM25 (baseline)' | 'embedding' | 'hybrid';
const score: Record<Method, (need: number, provider: number) => number> = {
  'BM25 (baseline)': (n, p) => bm25(corpus.words, analysisOf(needs[n]!), analysisOf(providers[p]!)),
  embedding: (n, p) => dot(needs[n]!.embedding!, providers[p]!.embedding!),
  hybrid: (n, p) => relevance(needs[n]!, providers[p]!, corpus).score,
};

const ranks = new Map<Method, number[]>();
let pairs = 0;
const timed = performance.now();
for (const method of Object.keys(score) as Method[]) {
  ranks.set(
    method,
    set.needs.map((need, n) => {
      const answers = new Set(need.answers);
      const scores = providers.map((_, p) => score[method](n, p));
      pairs += scores.length;
      return rankOfAnswer(scores, (p) => answers.has(set.providers[p]!.id));
    }),
  );
}
const elapsed = performance.now() - timed;

// The cost of one hybrid pair as the product pays it (documents analysed once, when built).
const ROUNDS = 5;
const hybridStarted = performance.now();
let sink = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const need of needs) for (const provider of providers) sink += relevance(need, provider, corpus).score;
}
const perPairUs = ((performance.now() - hybridStarted) * 1000) / (ROUNDS * needs.length * providers.length);
const buildStarted = performance.now();
for (const p of set.providers) providerOf(p, null);
const perDocUs = ((performance.now() - buildStarted) * 1000) / set.providers.length;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const row = (label: string, m: Metrics) =>
  `| ${label} | ${m.needs} | ${pct(m.recallAt1)} | ${pct(m.recallAt3)} | ${m.mrr.toFixed(3)} |`;
const pick = (method: Method, keep: (i: number) => boolean) =>
  metrics(ranks.get(method)!.filter((_, i) => keep(i)));

console.log(
  `Relevance on ${set.needs.length} needs × ${set.providers.length} providers (${machine()}, load ${loadavg()[0]?.toFixed(2)})\n`,
);
console.log('| method | split | needs | recall@1 | recall@3 | MRR |');
console.log('|---|---|---|---|---|---|');
for (const method of Object.keys(score) as Method[]) {
  for (const split of ['dev', 'test', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6'] as const) {
    console.log(
      row(
        `${method} | ${split}`,
        pick(method, (i) => set.needs[i]!.split === split),
      ),
    );
  }
}
// fresh2 is reported apart: it was written by another hand, after dev and test were tuned on.
for (const [label, inGroup] of [
  ['dev and test together', (split: string) => split === 'dev' || split === 'test'],
  ['fresh2', (split: string) => split === 'fresh2'],
] as const) {
  console.log(`\nHybrid by hard case (${label}):\n`);
  console.log('| hard case | needs | recall@1 | recall@3 | MRR |');
  console.log('|---|---|---|---|---|');
  for (const hard of ['no-shared-words', 'ambiguous-word', 'fellow-seeker', 'near-miss'] as const) {
    const need = (i: number) => set.needs[i]!;
    console.log(
      row(
        hard,
        pick('hybrid', (i) => inGroup(need(i).split) && need(i).hard.includes(hard)),
      ),
    );
  }
}
// fresh3 to fresh6 are held out: each written blind by an engineer who never read the lexicon or the other needs
// (fresh3 and fresh4 were tuned on after their first runs; fresh6 is the newest blind one). Every
// method is shown by hard case, and the misses are listed by id (read them only to report, never to tune).
const HARD_CASES = ['no-shared-words', 'ambiguous-word', 'fellow-seeker', 'near-miss'] as const;
for (const heldOutSplit of ['fresh3', 'fresh4', 'fresh5', 'fresh6'] as const) {
  const heldOut = (i: number) => set.needs[i]!.split === heldOutSplit;
  console.log(`\nBy hard case (${heldOutSplit}, held out):\n`);
  console.log('| method | hard case | needs | recall@1 | recall@3 | MRR |');
  console.log('|---|---|---|---|---|---|');
  for (const method of Object.keys(score) as Method[]) {
    for (const hard of HARD_CASES) {
      console.log(
        row(
          `${method} | ${hard}`,
          pick(method, (i) => heldOut(i) && set.needs[i]!.hard.includes(hard)),
        ),
      );
    }
  }
  const heldOutMisses = set.needs.filter((_, i) => heldOut(i) && ranks.get('hybrid')![i]! > 3);
  const missesByCase = [
    ...HARD_CASES.map((hard) => `${hard} ${heldOutMisses.filter((n) => n.hard.includes(hard)).length}`),
    `no hard case ${heldOutMisses.filter((n) => n.hard.length === 0).length}`,
  ].join(', ');
  console.log(
    `\nHybrid misses on ${heldOutSplit} (answer not in the top 3): ${heldOutMisses.length} (${missesByCase})`,
  );
  console.log(heldOutMisses.map((n) => n.id).join(' '));
}

console.log(
  `\n${pairs} pairs scored by the three methods in ${Math.round(elapsed)} ms; one hybrid pair ${perPairUs.toFixed(1)} µs (checksum ${sink.toFixed(1)}); building (analysing) one provider document ${perDocUs.toFixed(0)} µs.`,
);

if (showMisses) {
  console.log('\nHybrid misses on the dev split (answer not in the top 3):');
  set.needs.forEach((need, n) => {
    const r = ranks.get('hybrid')![n]!;
    if (r <= 3 || need.split !== 'dev') return;
    const top = providers
      .map((_, p) => ({ p, s: relevance(needs[n]!, providers[p]!, corpus) }))
      .sort((a, b) => b.s.score - a.s.score)
      .slice(0, 3);
    console.log(`\n[${need.split}] ${need.id} rank ${r}: ${need.text}  → wants ${need.answers.join(', ')}`);
    for (const a of need.answers) {
      const p = set.providers.findIndex((x) => x.id === a);
      const s = relevance(needs[n]!, providers[p]!, corpus);
      console.log(
        `   answer ${a} ${s.score.toFixed(3)}: ${providers[p]!.text.slice(0, 70)} | ${s.terms.map((t) => `${t.kind}:${t.contribution.toFixed(2)}`).join(' ')}`,
      );
    }
    for (const t of top) {
      console.log(
        `   top ${set.providers[t.p]!.id} ${t.s.score.toFixed(3)}: ${providers[t.p]!.text.slice(0, 70)} | ${t.s.terms.map((x) => `${x.kind}:${x.contribution.toFixed(2)} ${x.kind === 'concept' ? x.phrase : ''}`).join(' ')}`,
      );
    }
  });
}
