import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { analysisOf, prepareCorpus, relevance, WEIGHTS } from '../../src/domain/matching/relevance';
import { dot } from '../../src/domain/matching/vector';
import { USE_MODEL } from '../../src/matching/use-embedder';
import { loadSet, metrics, needOf, providerOf, rankOfAnswer } from './set';
const cache: Record<string, number[]> = JSON.parse(readFileSync('node_modules/.cache/linchpin-bench/use-embeddings.json', 'utf8'));
const emb = (t: string) => Float32Array.from(cache[createHash('sha256').update(`${USE_MODEL}\n${t}`).digest('hex')]!);
const set = loadSet();
const needs = set.needs.map((n) => { const d = needOf(n, null); return needOf(n, emb(d.text)); });
const provs = set.providers.map((p) => { const d = providerOf(p, null); return providerOf(p, emb(d.text)); });
const corpus = prepareCorpus(provs);
type C = { concept: number; field: number; cos: number; words: number; tags: number; damp: number; has: boolean };
const comps: C[][] = needs.map((n) => provs.map((p) => {
  const r = relevance(n, p, corpus);
  const has = [...analysisOf(n).asks.keys()].length > 0 && r.terms !== null;
  const w = WEIGHTS.withConcepts;
  let concept = 0, field = 0, words = 0, tags = 0;
  for (const t of r.terms) {
    if (t.kind === 'concept' && t.phrase.startsWith('is also')) field += t.contribution;
    else if (t.kind === 'concept') concept += t.contribution / w.concept;
    else if (t.kind === 'words') words += t.contribution;
    else if (t.kind === 'tags') tags += t.contribution;
  }
  return { concept, field, cos: dot(n.embedding!, p.embedding!), words, tags, damp: 1, has };
}));
const [a, b, c, d, floor, span] = process.argv.slice(2).map(Number);
for (const split of ['dev', 'test']) {
  const ranks = set.needs.map((need, i) => {
    if (need.split !== split) return -1;
    const ans = new Set(need.answers);
    const scores = comps[i]!.map((x) => a! * x.concept + b! * Math.min(1, Math.max(0, (x.cos - floor!) / span!)) + c! * x.words / 0.17 + d! * x.field);
    return rankOfAnswer(scores, (p) => ans.has(set.providers[p]!.id));
  }).filter((r) => r > 0);
  const m = metrics(ranks);
  process.stdout.write(`${split} r1 ${m.recallAt1.toFixed(3)} r3 ${m.recallAt3.toFixed(3)} mrr ${m.mrr.toFixed(3)}   `);
}
console.log(process.argv.slice(2).join(' '));
