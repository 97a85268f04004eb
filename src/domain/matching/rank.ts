// The best providers for a need among many: pure. Relevance is computed on candidates, and the caller's
// full score (relevance, predicted mutual yes, trust, timing, guardrails) on the most relevant first, until
// no provider left could enter the top k (the full score never exceeds `maxFactor` × relevance).
//
// Exact (`exact: true`, or while the set is too small for inverted lists): every provider sharing a
// retrieval key (a key or tag) is evaluated, then the others in order of similarity while
// `meaningBound(similarity)` could still enter. The result is the naive ranking's top k, given the relevance
// contract: a provider sharing no retrieval key has relevance at most `meaningBound(similarity)` (default:
// the similarity itself).
// Approximate (large sets): candidates come from sources — the providers nearest in meaning (inverted
// lists), everyone holding one of the need's rarer keys, and for a key held by more than `keyCap`
// providers its holders nearest the need — and a source is asked for 4× more while the farther half of
// what it gave still held a provider that could enter. Measured against the naive ranking in
// bench/matching-scale (recall@10).
import { IntList } from './index/int-list';
import { MaxQueue } from './index/max-queue';
import { Postings } from './index/postings';
import { TopK } from './index/top-k';
import type { VectorStorage } from './index/vector-store';
import { type Corpus, type MatchDoc, prepareCorpus, type Relevance, relevance } from './relevance';
import type { Vector } from './vector';
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
  /**
   * A key held by more providers than this (default 128) finds only its `keyCandidates` (default 32) members
   * nearest the need in meaning; an exact search takes them all.
   */
  keyCap?: number;
  keyCandidates?: number;
  /** The fewest inverted lists a search scans (default 12). */
  probes?: number;
  /** Below this many embeddings the vector search is exact (default 2048). */
  trainAt?: number;
  /** Approximate mode: relevance is first computed for this many nearest providers per need (default 32). */
  candidates?: number;
  /** Approximate mode: the most candidates one source (the vector index, one common key) gives (default 4096). */
  maxCandidates?: number;
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

/** Where candidates come from: `fetch(n)` gives about the n best, roughly best first (more n, a superset). */
interface CandidateSource {
  want: number;
  fetch: (n: number) => Int32Array;
}

/** Similarities the index computes agree with relevance's to the last bits; the margin absorbs rounding. */
const SIMILARITY_MARGIN = 1e-6;

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
  const ranking = new Ranking(set, need, k, fullScore, options.maxFactor ?? 1);
  const query = need.embedding && need.embedding.length > 0 ? need.embedding : null;
  const { vectors, isLive } = set;
  if (vectors.exact) {
    set.forEachSharingKey(need, ranking.evaluate, (members) => {
      for (let i = 0; i < members.length; i++) ranking.evaluate(members.at(i));
    });
    if (query) ranking.walkNearest(query, options.meaningBound ?? ((s) => Math.max(0, s)));
    else ranking.drain();
    return ranking.result();
  }
  const sources: CandidateSource[] = [];
  const common: IntList[] = [];
  set.forEachSharingKey(need, ranking.evaluate, (members) => {
    common.push(members);
  });
  if (query) {
    const first = Math.max(set.candidates, 2 * k);
    const nearest = { want: first, fetch: (n: number) => vectors.candidates(query, n, isLive) };
    const among = (members: IntList) => ({
      want: set.keyCandidates,
      fetch: (n: number) => vectors.candidatesAmong(query, members, n, isLive),
    });
    sources.push(...common.map(among));
    if (common.length >= 2) sources.push(among(set.heldTwice(common)));
    sources.push(nearest);
  }
  ranking.widen(sources, set.maxCandidates);
  return ranking.result();
}

/** One need's ranking in progress: relevance computed on candidates, full scores on the most relevant. */
class Ranking {
  readonly #waiting = new MaxQueue();
  readonly #relevanceOf = new Map<number, Relevance>();
  readonly #scoreOf = new Map<number, number>();
  readonly #top: TopK;
  readonly #stamp: number;

  constructor(
    readonly set: IndexedProviderSet,
    readonly need: MatchDoc,
    k: number,
    readonly fullScore: (index: number, rel: Relevance) => number | null,
    readonly maxFactor: number,
  ) {
    this.#top = new TopK(k);
    this.#stamp = set.nextStamp();
  }

  /** Computes the relevance of a provider once per ranking; returns its score (0 when not relevant or removed). */
  readonly evaluate = (index: number): number => {
    if (!this.set.claim(index, this.#stamp)) return this.#scoreOf.get(index) ?? 0;
    const rel = this.set.relevanceTo(this.need, index);
    if (!rel || !(rel.score > 0)) return 0;
    this.#relevanceOf.set(index, rel);
    this.#scoreOf.set(index, rel.score);
    this.#waiting.push(rel.score, index);
    return rel.score;
  };

  /** Full scores for the evaluated candidates, most relevant first, while one could still enter the top k. */
  drain(): void {
    while (this.#waiting.size > 0 && this.#couldEnter(this.#waiting.peekScore())) this.#scoreNext();
  }

  /**
   * Approximate: relevance for the first candidates of each source (the nearest providers; the nearest
   * holders of each common key), then full scores; a source whose farthest half still held a provider
   * that could enter the top k is asked for 4× more, up to `limit`.
   */
  widen(sources: readonly CandidateSource[], limit: number): void {
    let active = sources.map((s) => ({ ...s, tail: 0, done: false }));
    while (active.length > 0) {
      for (const source of active) {
        const found = source.fetch(source.want);
        const tailFrom = Math.floor(found.length / 2);
        source.tail = 0;
        for (let i = 0; i < found.length; i++) {
          const fresh = !this.set.claimed(found[i] as number, this.#stamp);
          const rel = this.evaluate(found[i] as number);
          // a candidate another source found first says nothing of how far this source should go
          if (fresh && i >= tailFrom && rel > source.tail) source.tail = rel;
        }
        source.done = found.length < source.want || source.want >= limit;
      }
      this.drain();
      active = active.filter((s) => !s.done && this.#couldEnter(s.tail));
      for (const source of active) source.want = Math.min(limit, source.want * 4);
    }
    this.drain();
  }

  /**
   * Exact: providers in order of similarity, each evaluated only while its relevance (at most
   * `meaningBound(similarity)` unless it shares a key, and those were evaluated first) could still enter.
   */
  walkNearest(query: Vector, meaningBound: (similarity: number) => number): void {
    const near = this.set.vectors.search(query, this.set.vectors.size, this.set.isLive);
    let next = 0;
    for (;;) {
      const nearBound =
        next < near.length
          ? meaningBound(near[next]!.similarity + SIMILARITY_MARGIN)
          : Number.NEGATIVE_INFINITY;
      const best = this.#waiting.peekScore();
      if (!this.#couldEnter(Math.max(best, nearBound))) return;
      if (best >= nearBound) this.#scoreNext();
      else this.evaluate(near[next++]!.index);
    }
  }

  result(): Ranked[] {
    return this.#top
      .sorted()
      .map(({ id, score }) => ({ index: id, relevance: this.#relevanceOf.get(id)!, score }));
  }

  /** Can a provider of this relevance still enter the top k? (Equal scores can: ties go to lower positions.) */
  #couldEnter(rel: number): boolean {
    return rel > 0 && !(this.#top.full && rel * this.maxFactor < this.#top.worstScore);
  }

  #scoreNext(): void {
    const index = this.#waiting.pop();
    const score = this.fullScore(index, this.#relevanceOf.get(index)!);
    if (score === null) return;
    const displaced = this.#top.offer(score, index);
    if (displaced !== index) this.#relevanceOf.delete(displaced);
  }
}

function relevanceOrNull(need: MatchDoc, doc: MatchDoc | null, corpus: Corpus): Relevance | null {
  return doc ? relevance(need, doc, corpus) : null;
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
    const rel =
      set instanceof IndexedProviderSet
        ? set.relevanceTo(need, index)
        : relevanceOrNull(need, set.doc(index), set.corpus);
    if (!rel) continue;
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
  readonly candidates: number;
  readonly vectors: VectorIndex;
  readonly #docs: MatchDoc[] = [];
  readonly #postings = new Postings();
  readonly #keyCap: number;
  readonly keyCandidates: number;
  readonly maxCandidates: number;
  readonly #storage: VectorStorage;
  #live = new Uint8Array(64);
  #stamps = new Int32Array(64);
  #seenOnce = new Int32Array(64);
  #countMark = 0;
  #stamp = 0;
  #corpus: Corpus;
  #corpusSize: number;
  /** Under int8 storage, the dequantised embedding a stored document borrows for one relevance call. */
  #scratchVector = new Float32Array(0);

  constructor(docs: readonly MatchDoc[], options: ProviderSetOptions) {
    this.candidates = options.candidates ?? 32;
    this.#storage = options.storage ?? 'float32';
    this.#keyCap = options.keyCap ?? 128;
    this.keyCandidates = options.keyCandidates ?? 32;
    this.maxCandidates = options.maxCandidates ?? 4096;
    this.vectors = buildVectorIndex(
      docs.map((d) => d.embedding),
      {
        storage: this.#storage,
        exact: options.exact ?? false,
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
    if (!this.isLive(index)) return null;
    const doc = this.#docs[index]!;
    if (this.#storage === 'float32') return doc;
    const stored = this.vectors.read(index, this.#scratchVector);
    return { ...doc, embedding: stored ? Float32Array.from(stored) : null };
  }

  refreshCorpus(): void {
    this.#corpus = prepareCorpus(this.#docs.filter((_, i) => this.isLive(i)));
    this.#corpusSize = this.#docs.length;
  }

  /**
   * Relevance of the provider at `index` to `need`, or null when it was removed. Under int8 storage the
   * set's own copy of the document borrows its dequantised embedding for the call (the same object every
   * time, so whatever relevance caches per document stays valid), and gives it back.
   */
  relevanceTo(need: MatchDoc, index: number): Relevance | null {
    if (!this.isLive(index)) return null;
    const doc = this.#docs[index]!;
    if (this.#storage === 'float32') return relevance(need, doc, this.#corpus);
    doc.embedding = this.vectors.read(index, this.#scratchVector);
    try {
      return relevance(need, doc, this.#corpus);
    } finally {
      doc.embedding = null;
    }
  }

  /**
   * Visits every provider sharing a key with `need`, except that a key held by more than `keyCap` providers
   * (an exact search: none) is handed whole to `common`.
   */
  forEachSharingKey(
    need: MatchDoc,
    visit: (index: number) => void,
    common: (members: IntList) => void,
  ): void {
    this.#postings.forEachSharing(
      need,
      this.vectors.exact ? Number.POSITIVE_INFINITY : this.#keyCap,
      visit,
      common,
    );
  }

  /** The providers found in at least two of `lists`. */
  heldTwice(lists: readonly IntList[]): IntList {
    // its own marks: `mark` once seen, `-mark` once taken (the ranking's claim marks must not move)
    this.#countMark = this.#countMark >= 0x7ffffffe ? 1 : this.#countMark + 1;
    if (this.#countMark === 1) this.#seenOnce.fill(0);
    const mark = this.#countMark;
    const out = new IntList(16);
    for (const list of lists) {
      for (let i = 0; i < list.length; i++) {
        const index = list.at(i);
        const seen = this.#seenOnce[index];
        if (seen === mark) {
          this.#seenOnce[index] = -mark;
          out.push(index);
        } else if (seen !== -mark) this.#seenOnce[index] = mark;
      }
    }
    return out;
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

  claimed(index: number, stamp: number): boolean {
    return this.#stamps[index] === stamp;
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
      const seenOnce = new Int32Array(capacity);
      seenOnce.set(this.#seenOnce);
      this.#seenOnce = seenOnce;
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
