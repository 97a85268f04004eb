// The best providers for a need among many: pure. Candidates are the providers nearest the need in meaning
// (the vector index) and those sharing a retrieval key with it (posting lists); relevance is computed on
// them, and the caller's full score (relevance, predicted mutual yes, trust, timing, guardrails) on the
// most relevant, best first, until no provider left could enter the top k.
//
// Why that is the naive ranking's top k: the full score never exceeds `maxFactor × relevance`, and a
// provider sharing no retrieval key with the need has relevance at most `meaningBound(similarity)` (the
// relevance contract: beyond meaning, only shared keys and tags raise it). So once the best relevance
// still unscored, and the bound of the nearest provider not yet evaluated, times `maxFactor`, fall below
// the k-th full score, nothing left can enter. With `exact` that holds over every provider; otherwise the
// vector index may miss a near provider in a list it did not scan, and keys held by more than `keyCap`
// providers are not used to find candidates.
import { MaxQueue } from './index/max-queue';
import { Postings } from './index/postings';
import { TopK } from './index/top-k';
import type { VectorStorage } from './index/vector-store';
import { type Corpus, type MatchDoc, prepareCorpus, type Relevance, relevance } from './relevance';
import { buildVectorIndex, type VectorIndex } from './vector-index';

/** Every provider document of one account (offers and profiles), prepared for retrieval. */
export interface ProviderSet {
  /** The documents by position (int8 storage: without their embeddings, which the index holds). */
  readonly docs: readonly MatchDoc[];
  readonly corpus: Corpus;
  readonly vectors: VectorIndex;
  /** Adds a provider document (a saved offer or profile); returns its position. */
  add(doc: MatchDoc): number;
  /** Replaces the document at `index` (an edit); null takes it out of every ranking. */
  replace(index: number, doc: MatchDoc | null): void;
  /** The document at `index` as relevance reads it (with its embedding), or null when removed. */
  doc(index: number): MatchDoc | null;
  /** Recomputes the corpus statistics; done by itself when the set has grown by a quarter. */
  refreshCorpus(): void;
}

export interface ProviderSetOptions {
  /** Rank exactly as scoring every provider would (given the contract above); for tests and small sets. */
  exact?: boolean;
  /** `int8`: the index keeps a quantised copy of each embedding and `docs` drop theirs (a quarter of the memory). */
  storage?: VectorStorage;
  /** Keys held by more providers than this do not find candidates (default 128; exact: no limit). */
  keyCap?: number;
  /** The fewest inverted lists a search scans (default 12). */
  probes?: number;
  /** Below this many embeddings the vector search is exact (default 2048). */
  trainAt?: number;
}

export function buildProviderSet(docs: readonly MatchDoc[], options: ProviderSetOptions = {}): ProviderSet {
  return new IndexedProviderSet(docs, options);
}

export interface Ranked {
  /** Position of the provider document in the set. */
  index: number;
  relevance: Relevance;
  score: number;
}

export interface TopProvidersOptions {
  /** The most `fullScore` can be relative to relevance (default 1: it never raises a provider above its relevance). */
  maxFactor?: number;
  /** The most relevance can be for a provider sharing no retrieval key, given its similarity (default max(0, s)). */
  meaningBound?: (similarity: number) => number;
}

/** Similarities the index computes agree with relevance's to the last bits; the margin absorbs rounding. */
const SIMILARITY_MARGIN = 1e-6;
const FIRST_NEIGHBOURS = 64;

/**
 * The `k` best providers for `need`, best first (ties: lower position first). `fullScore` returns null for a
 * provider that must not be suggested (guardrails); it never exceeds `maxFactor` × relevance.
 */
export function topProviders(
  set: ProviderSet,
  need: MatchDoc,
  k: number,
  fullScore: (index: number, rel: Relevance) => number | null,
  options: TopProvidersOptions = {},
): Ranked[] {
  if (!(set instanceof IndexedProviderSet)) return rankEveryProvider(set, need, k, fullScore);
  if (k <= 0) return [];
  const maxFactor = options.maxFactor ?? 1;
  const bound = options.meaningBound ?? ((s: number) => Math.max(0, s));
  const waiting = new MaxQueue();
  const relevanceOf = new Map<number, Relevance>();
  const top = new TopK(k);
  const stamp = set.nextStamp();

  const evaluate = (index: number) => {
    if (!set.claim(index, stamp)) return;
    const rel = relevance(need, set.relevanceDoc(index)!, set.corpus);
    if (!(rel.score > 0)) return;
    relevanceOf.set(index, rel);
    waiting.push(rel.score, index);
  };
  set.forEachSharingKey(need, evaluate);

  const query = need.embedding && need.embedding.length > 0 ? need.embedding : null;
  let want = set.exact ? set.vectors.size : Math.max(FIRST_NEIGHBOURS, 4 * k);
  let near = query ? set.vectors.search(query, want, set.isLive) : [];
  let next = 0;
  for (;;) {
    if (next === near.length && query && near.length === want && want < set.vectors.size) {
      // every neighbour fetched so far was evaluated and the top k can still change: fetch more
      want = Math.min(set.vectors.size, want * 4);
      near = set.vectors.search(query, want, set.isLive);
      next = 0;
    }
    const nearBound =
      next < near.length ? bound(near[next]!.similarity + SIMILARITY_MARGIN) : Number.NEGATIVE_INFINITY;
    const ceiling = Math.max(waiting.peekScore(), nearBound);
    if (!(ceiling > 0)) break;
    if (top.full && ceiling * maxFactor < top.worstScore) break;
    if (waiting.peekScore() >= nearBound) {
      const index = waiting.pop();
      const rel = relevanceOf.get(index)!;
      const score = fullScore(index, rel);
      if (score === null) continue;
      const displaced = top.offer(score, index);
      if (displaced !== index) relevanceOf.delete(displaced);
    } else {
      evaluate(near[next++]!.index);
    }
  }
  return top.sorted().map(({ id, score }) => ({ index: id, relevance: relevanceOf.get(id)!, score }));
}

/** The naive ranking: relevance and full score for every provider. The baseline the index must equal. */
export function rankEveryProvider(
  set: ProviderSet,
  need: MatchDoc,
  k: number,
  fullScore: (index: number, rel: Relevance) => number | null,
): Ranked[] {
  const top = new TopK(k);
  const relevanceOf = new Map<number, Relevance>();
  for (let index = 0; index < set.docs.length; index++) {
    const doc = set instanceof IndexedProviderSet ? set.relevanceDoc(index) : set.doc(index);
    if (!doc) continue;
    const rel = relevance(need, doc, set.corpus);
    if (rel.score <= 0) continue;
    const score = fullScore(index, rel);
    if (score === null) continue;
    const displaced = top.offer(score, index);
    if (displaced !== index) {
      relevanceOf.delete(displaced);
      relevanceOf.set(index, rel);
    }
  }
  return top.sorted().map(({ id, score }) => ({ index: id, relevance: relevanceOf.get(id)!, score }));
}

class IndexedProviderSet implements ProviderSet {
  readonly exact: boolean;
  readonly vectors: VectorIndex;
  readonly #docs: MatchDoc[] = [];
  readonly #postings = new Postings();
  readonly #keyCap: number;
  readonly #storage: VectorStorage;
  #live = new Uint8Array(64);
  #stamps = new Int32Array(64);
  #stamp = 0;
  #corpus: Corpus;
  #corpusSize: number;
  /** Reused for relevance calls under int8 storage: relevance keeps nothing of the documents it reads. */
  readonly #scratchDoc: MatchDoc = { kind: 'offer', text: '', tags: [], embedding: null, keys: [] };
  #scratchVector = new Float32Array(0);

  constructor(docs: readonly MatchDoc[], options: ProviderSetOptions) {
    this.exact = options.exact ?? false;
    this.#storage = options.storage ?? 'float32';
    this.#keyCap = this.exact ? Number.POSITIVE_INFINITY : (options.keyCap ?? 128);
    this.vectors = buildVectorIndex(
      docs.map((d) => d.embedding),
      {
        storage: this.#storage,
        exact: this.exact,
        ...(options.probes === undefined ? {} : { probes: options.probes }),
        ...(options.trainAt === undefined ? {} : { trainAt: options.trainAt }),
      },
    );
    docs.forEach((doc, index) => {
      this.#store(index, doc);
      this.#postings.set(index, null, doc);
    });
    this.#corpus = prepareCorpus(docs);
    this.#corpusSize = docs.length;
  }

  get docs(): readonly MatchDoc[] {
    return this.#docs;
  }

  get corpus(): Corpus {
    return this.#corpus;
  }

  readonly isLive = (index: number): boolean => this.#live[index] === 1;

  add(doc: MatchDoc): number {
    const index = this.vectors.add(doc.embedding);
    this.#store(index, doc);
    this.#postings.set(index, null, doc);
    if (this.#docs.length >= 1.25 * Math.max(1, this.#corpusSize)) this.refreshCorpus();
    return index;
  }

  replace(index: number, doc: MatchDoc | null): void {
    if (index < 0 || index >= this.#docs.length) throw new RangeError(`no provider at ${index}`);
    this.#postings.set(index, this.isLive(index) ? this.#docs[index]! : null, doc);
    this.vectors.replace(index, doc ? doc.embedding : null);
    if (doc) this.#store(index, doc);
    else this.#live[index] = 0;
  }

  doc(index: number): MatchDoc | null {
    const doc = this.relevanceDoc(index);
    if (!doc || this.#storage === 'float32') return doc;
    return { ...doc, embedding: doc.embedding ? Float32Array.from(doc.embedding) : null };
  }

  refreshCorpus(): void {
    this.#corpus = prepareCorpus(this.#docs.filter((_, i) => this.isLive(i)));
    this.#corpusSize = this.#docs.length;
  }

  /** The document for a relevance call; under int8 storage a reused object valid until the next call. */
  relevanceDoc(index: number): MatchDoc | null {
    if (!this.isLive(index)) return null;
    const doc = this.#docs[index]!;
    if (this.#storage === 'float32') return doc;
    const s = this.#scratchDoc;
    s.kind = doc.kind;
    s.text = doc.text;
    s.tags = doc.tags;
    s.keys = doc.keys;
    s.embedding = this.vectors.read(index, this.#scratchVector);
    return s;
  }

  forEachSharingKey(need: MatchDoc, visit: (index: number) => void): void {
    this.#postings.forEachSharing(need, this.#keyCap, visit);
  }

  /** A new mark for one ranking: each provider is evaluated at most once per mark. */
  nextStamp(): number {
    this.#stamp = (this.#stamp + 1) | 0;
    if (this.#stamp === 0) {
      this.#stamps.fill(0);
      this.#stamp = 1;
    }
    return this.#stamp;
  }

  /** True the first time `index` is claimed under `stamp`, if it is live. */
  claim(index: number, stamp: number): boolean {
    if (!this.isLive(index) || this.#stamps[index] === stamp) return false;
    this.#stamps[index] = stamp;
    return true;
  }

  #store(index: number, doc: MatchDoc): void {
    if (index >= this.#live.length) {
      const capacity = Math.max(index + 1, this.#live.length * 2);
      const live = new Uint8Array(capacity);
      live.set(this.#live);
      this.#live = live;
      const stamps = new Int32Array(capacity);
      stamps.set(this.#stamps);
      this.#stamps = stamps;
    }
    this.#live[index] = 1;
    if (this.#storage === 'int8' && doc.embedding) {
      if (this.#scratchVector.length < doc.embedding.length)
        this.#scratchVector = new Float32Array(doc.embedding.length);
      this.#docs[index] = { ...doc, embedding: null };
    } else {
      this.#docs[index] = doc;
    }
  }
}
