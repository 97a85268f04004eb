// The hybrid on a small slice of the labelled set, with the real Universal Sentence Encoder: pairs that
// share no word with their right answer, each against the provider the embedding alone prefers. Asserts
// only the order (no timings, no absolute scores).
import { beforeAll, describe, expect, it } from 'vitest';
import { needDoc, offerDoc } from '../../src/domain/matching/documents';
import { type MatchDoc, prepareCorpus, relevance } from '../../src/domain/matching/relevance';
import { dot } from '../../src/domain/matching/vector';
import { useEmbedder as universalSentenceEncoder } from '../../src/matching/use-embedder';
import { loadSet, needOf, providerOf } from './set';

/** need → [its answer, the distractor the embedding alone ranks above it] */
const SLICE: [string, string, string][] = [
  ['n-fund-6', 'p-fund-5', 'p-mkt-3'],
  ['n-fin-4', 'p-fin-1', 'p-sup-3'],
  ['n-legal-2', 'o-legal-2', 'o-mkt-3'],
  ['n-ops-4', 'o-ops-3', 'p-press-3'],
  ['n-med-2', 'o-med-2', 'p-press-3'],
  ['n-edu-2', 'o-edu-2', 'o-x-38'],
];

const set = loadSet();
const needs = new Map<string, MatchDoc>();
const providers = new Map<string, MatchDoc>();
const examples = new Map<string, MatchDoc>();

beforeAll(async () => {
  const embedder = universalSentenceEncoder();
  const needItems = SLICE.map(([n]) => set.needs.find((x) => x.id === n)!);
  const providerItems = [...new Set(SLICE.flatMap(([, a, d]) => [a, d]))].map(
    (id) => set.providers.find((p) => p.id === id)!,
  );
  const texts = [
    ...needItems.map((n) => needOf(n, null).text),
    ...providerItems.map((p) => providerOf(p, null).text),
    'raise a seed round',
    'angel investor writing first cheques',
    'baseball pitching lessons',
    'pitch deck design',
    'designs investor pitch decks',
  ];
  const vectors = await embedder.embed(texts);
  needItems.forEach((n, i) => {
    needs.set(n.id, needOf(n, vectors[i]!));
  });
  providerItems.forEach((p, i) => {
    providers.set(p.id, providerOf(p, vectors[needItems.length + i]!));
  });
  const base = needItems.length + providerItems.length;
  examples.set('seed', needDoc({ text: texts[base]!, tags: [] }, vectors[base]!));
  examples.set(
    'angel',
    offerDoc({ text: texts[base + 1]!, tags: [], idealCounterpart: '' }, vectors[base + 1]!),
  );
  examples.set(
    'baseball',
    offerDoc({ text: texts[base + 2]!, tags: [], idealCounterpart: '' }, vectors[base + 2]!),
  );
  examples.set('deck', needDoc({ text: texts[base + 3]!, tags: [] }, vectors[base + 3]!));
  examples.set(
    'deck designer',
    offerDoc({ text: texts[base + 4]!, tags: [], idealCounterpart: '' }, vectors[base + 4]!),
  );
}, 60_000);

describe('hybrid relevance with real sentence embeddings', () => {
  it.each(SLICE)(
    '%s: ranks the answer %s above %s, which the embedding alone prefers',
    (n, answer, distractor) => {
      const need = needs.get(n)!;
      const right = providers.get(answer)!;
      const wrong = providers.get(distractor)!;
      const corpus = prepareCorpus([...providers.values()]);
      expect(dot(need.embedding!, wrong.embedding!)).toBeGreaterThan(dot(need.embedding!, right.embedding!));
      expect(relevance(need, right, corpus).score).toBeGreaterThan(relevance(need, wrong, corpus).score);
    },
  );

  it('"raise a seed round" finds the angel investor, not baseball pitching lessons', () => {
    const corpus = prepareCorpus([examples.get('angel')!, examples.get('baseball')!]);
    const seed = examples.get('seed')!;
    expect(relevance(seed, examples.get('angel')!, corpus).score).toBeGreaterThan(
      relevance(seed, examples.get('baseball')!, corpus).score,
    );
  });

  it('"pitch deck design" finds the deck designer, not baseball pitching lessons', () => {
    const corpus = prepareCorpus([examples.get('deck designer')!, examples.get('baseball')!]);
    const deck = examples.get('deck')!;
    expect(relevance(deck, examples.get('deck designer')!, corpus).score).toBeGreaterThan(
      relevance(deck, examples.get('baseball')!, corpus).score,
    );
  });
});
