// Where a provider set's memory goes: builds `--size` people's offers and profiles and reports the heap
// (after a full GC) each part holds, per document: the documents as built, the provider set over them (int8
// storage), and what the set keeps once the built documents are dropped. Run with --expose-gc:
// `node --expose-gc --import tsx bench/matching-scale/memory.ts --size 10000`.
import { parseArgs } from 'node:util';
import { buildProviderSet } from '../../src/domain/matching/rank';
import { analysisOf, type MatchDoc } from '../../src/domain/matching/relevance';
import { generatePerson } from './network';
import { phraseVectors } from './phrases';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '20000' }, cache: { type: 'string' } },
});
const people = Number(values.size);
const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};

const phrases = await phraseVectors(values.cache ?? 'node_modules/.cache/linchpin-bench');
const rows: [string, number][] = [];
const start = heap();
let last = start;
const step = (name: string) => {
  const now = heap();
  rows.push([name, now - last]);
  last = now;
};
const docs: MatchDoc[] = [];
for (let i = 0; i < people; i++) {
  const p = generatePerson(i, phrases);
  docs.push(...p.offers, p.profile);
}
for (const d of docs) analysisOf(d);
step('documents as built (text, tags, keys, analysis, float32 embedding)');
const set = buildProviderSet(docs, { storage: 'int8' });
step('provider set over them (int8 copy, projections, posting lists, corpus)');
for (const d of docs) d.embedding = null;
step('the built documents’ float32 embeddings');
const before = heap();
docs.length = 0;
const bare = heap();
rows.push(['the built documents, dropped (what the set shares with them stays)', bare - before]);
rows.push(['**what the set keeps, in all**', bare - start]);
console.log(
  `${people} people, ${set.docs.length} documents, process RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`,
);
console.log('| part | MB | bytes per document |');
console.log('|---|---|---|');
const n = set.docs.length;
for (const [name, bytes] of rows)
  console.log(`| ${name} | ${(bytes / 2 ** 20).toFixed(1)} | ${Math.round(bytes / n)} |`);
