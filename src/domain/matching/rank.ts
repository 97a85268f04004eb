// The best providers for a need among many: pure. Providers are taken in decreasing order of the most
// their full score could be, from relevance's exact upper bounds (relevance.ts: what each shared concept,
// word and tag can add, plus meaning's share at a similarity) times the most the rest of the full score
// can be (`maxFactor`, or `maxFactorOf(index)` per provider), and the walk stops when no provider left
// could enter the top k. Each provider goes only as far as it must: a bound from the keys it shares (one
// pass over the need's posting lists), then with its similarity, then its relevance score (no terms), and
// the full score (with relevance's terms) only for those that can still enter.
//
// Every provider sharing a concept, word or tag with the need is bounded this way, so the only
// approximation is in meaning: a provider sharing none of them is found through the vector index. Exact
// (`exact: true`, or while the set is too small for inverted lists): every provider by similarity, so the
// result is the naive ranking's top k (property-tested). Approximate (large sets): the inverted lists'
// nearest providers, asked for 4× more while the farther half of what they gave could still enter;
// measured against the naive ranking in bench/matching-scale (recall@10).
import type { IntList } from './index/int-list';
import { MaxQueue } from './index/max-queue';
import { Postings } from './index/postings';
import { TopK } from './index/top-k';
import type { VectorStorage } from './index/vector-store';
import {
  analysisOf,
  type Corpus,
  type MatchDoc,
  meaningUpTo,
  prepareCorpus,
  type Relevance,
  type RelevanceBounds,
  relevance,
  relevanceBound,
  relevanceBounds,
  relevanceScore,
} from './relevance';
import { type StoredDoc, storedDoc } from './stored-doc';
import { AnalysisStore } from './text/packed-analysis';
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
  /** The fewest inverted lists a search scans (default 12). */
  probes?: number;
  /** Below this many embeddings the vector search is exact (default 2048). */
  trainAt?: number;
  /** Approximate mode: the vector index is first asked for this many nearest providers per need (default 32). */
  candidates?: number;
  /** Approximate mode: the most nearest providers the vector index gives one need (default 4096). */
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
  /**
   * The most `fullScore` can be relative to relevance for the provider at `index` (at most `maxFactor`):
   * when the rest of the full score is known per provider before relevance is, the search stops sooner.
   */
  maxFactorOf?: (index: number) => number;
}

/** Similarities the index computes agree with relevance's to the last bits; the margin absorbs rounding. */
const SIMILARITY_MARGIN = 1e-6;
/** Bounds are sums in another order than relevance's own: the margin absorbs rounding. */
const BOUND_MARGIN = 1e-9;

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
  const query = need.embedding && need.embedding.length > 0 ? need.embedding : null;
  const maxFactor = options.maxFactor ?? 1;
  const ranking = new Ranking(
    set,
    need,
    query,
    k,
    fullScore,
    maxFactor,
    options.maxFactorOf ?? (() => maxFactor),
  );
  ranking.gatherSharers();
  const near: NearSource = !query
    ? NO_NEAR
    : set.vectors.exact
      ? ranking.exactNear(query)
      : ranking.approximateNear(query, Math.max(set.candidates, 2 * k), set.maxCandidates);
  ranking.run(near);
  return ranking.result();
}

/** How many sharers are queued at first (those with the highest bounds); more only if the walk gets there. */
const FIRST_QUEUED = 512;

/** A bound such that about `wanted` of the first `n` values (all in 0…max) are at least it (0: all). */
function cutoffFor(values: Float64Array, n: number, max: number, wanted: number): number {
  const bins = 256;
  const counts = new Int32Array(bins);
  const scale = max > 0 ? bins / max : 0;
  for (let i = 0; i < n; i++) {
    const bin = Math.min(bins - 1, Math.floor((values[i] as number) * scale));
    counts[bin] = (counts[bin] as number) + 1;
  }
  let seen = 0;
  for (let b = bins - 1; b > 0; b--) {
    seen += counts[b] as number;
    if (seen >= wanted) return b / scale;
  }
  return 0;
}

/**
 * Providers nearest the need in meaning that share nothing else with it, in decreasing order of what they
 * could score: `bound()` is the most any provider it has not yet given could score, `next()` gives more.
 */
interface NearSource {
  bound(): number;
  next(): void;
}
const NO_NEAR: NearSource = { bound: () => Number.NEGATIVE_INFINITY, next: () => {} };

/**
 * One need's ranking in progress. Every provider still in the running waits in one of three queues, by
 * the most its full score could be: `#coarse` (it shares a concept, word or tag: what those add, plus the
 * most meaning can add), `#fine` (its similarity known: meaning's exact share), `#waiting` (relevance
 * computed). The best head of the queues (or the near source) is taken one step further each time —
 * similarity, then relevance, then the full score — until none could enter the top k.
 */
class Ranking {
  readonly #coarse = new MaxQueue();
  readonly #fine = new MaxQueue();
  readonly #waiting = new MaxQueue();
  readonly #relevanceOf = new Map<number, Relevance>();
  readonly #top: TopK;
  readonly #stamp: number;
  readonly #bounds: RelevanceBounds;
  /** Sharers not queued yet: the first `#restCount` of `#rest`, the highest of whose bounds is `#restBound`. */
  #rest: { shared: Int32Array; coarse: Float64Array } = {
    shared: new Int32Array(0),
    coarse: new Float64Array(0),
  };
  #restCount = 0;
  #restBound = Number.NEGATIVE_INFINITY;

  constructor(
    readonly set: IndexedProviderSet,
    readonly need: MatchDoc,
    readonly query: Vector | null,
    k: number,
    readonly fullScore: (index: number, rel: Relevance) => number | null,
    /** The most any provider's factor is (bounds the near source, whose providers are not known yet). */
    readonly maxFactor: number,
    readonly factorOf: (index: number) => number,
  ) {
    this.#top = new TopK(k);
    this.#stamp = set.nextStamp();
    this.#bounds = relevanceBounds(need, set.corpus);
  }

  /** Every provider sharing a concept, word or tag with the need, queued by what those can add. */
  gatherSharers(): void {
    const bounds = this.#bounds;
    const shared = this.set.sumShared(bounds, this.#stamp);
    const meaning = this.query ? bounds.meaningWeight : 0;
    const sums = this.set.sharedSums;
    const coarse = this.set.coarseBounds(shared.length);
    let max = 0;
    for (let i = 0; i < shared.length; i++) {
      const index = shared[i] as number;
      const bound = this.#full(Math.min(1, (sums[index] as number) + meaning), index);
      coarse[i] = bound;
      if (bound > max) max = bound;
    }
    // Common keys are shared by tens of thousands, of whom a few hundred at most are looked at: only the
    // highest bounds go into the queue, the rest wait (compacted in place) below `#restBound`.
    this.#restCount = shared.length;
    this.#rest = { shared, coarse };
    this.#cutRest(max);
    // documents whose keys do not say all they share are bounded from their text
    for (const index of this.set.unkeyed) {
      if (!this.set.claim(index, this.#stamp)) continue;
      const similarity = this.#similarity(index);
      const doc = this.set.docs[index]!;
      this.#fine.push(this.#full(relevanceBound(bounds, doc, similarity + SIMILARITY_MARGIN), index), index);
    }
  }

  /** Exact: every provider with an embedding, by similarity. */
  exactNear(query: Vector): NearSource {
    const near = this.set.vectors.search(query, this.set.vectors.size, this.set.isLive);
    let next = 0;
    const skipClaimed = () => {
      while (next < near.length && this.set.claimed(near[next]!.index, this.#stamp)) next++;
    };
    return {
      bound: () => {
        skipClaimed();
        return next < near.length
          ? this.maxFactor * meaningUpTo(this.#bounds, near[next]!.similarity + SIMILARITY_MARGIN) +
              BOUND_MARGIN
          : Number.NEGATIVE_INFINITY;
      },
      next: () => {
        skipClaimed();
        const { index } = near[next++]!;
        this.set.claim(index, this.#stamp);
        this.#queueNear(index);
      },
    };
  }

  /**
   * Approximate: about the `first` nearest providers by the inverted lists, asked for 4× more (up to
   * `limit`) while the farther half of what they gave could still enter the top k.
   */
  approximateNear(query: Vector, first: number, limit: number): NearSource {
    let want = first;
    let fetched = false;
    let done = false;
    let tail = 0;
    return {
      bound: () =>
        done ? Number.NEGATIVE_INFINITY : fetched ? tail : this.maxFactor * this.#bounds.meaningWeight,
      next: () => {
        const found = this.set.vectors.candidates(query, want, this.set.isLive);
        const tailFrom = Math.floor(found.length / 2);
        tail = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < found.length; i++) {
          const index = found[i] as number;
          // a provider already queued says nothing of how far this source should go
          if (!this.set.claim(index, this.#stamp)) continue;
          const bound = this.#queueNear(index);
          if (i >= tailFrom && bound > tail) tail = bound;
        }
        fetched = true;
        done = found.length < want || want >= limit;
        want = Math.min(limit, want * 4);
      },
    };
  }

  /** Takes the most promising provider one step further until none could enter the top k. */
  run(near: NearSource): void {
    for (;;) {
      const waiting = this.#waiting.peekScore();
      const fine = this.#fine.peekScore();
      const coarse = this.#coarse.peekScore();
      const nearBound = near.bound();
      const best = Math.max(waiting, fine, coarse, nearBound, this.#restBound);
      if (!this.#couldEnter(best)) return;
      if (this.#restBound === best) this.#cutRest(best);
      else if (waiting === best) this.#scoreNext();
      else if (fine === best) this.#evaluate(this.#fine.pop());
      else if (coarse === best) this.#refine(this.#coarse.pop());
      else near.next();
    }
  }

  /**
   * Queues the waiting sharers with the highest bounds (about FIRST_QUEUED of them, all when fewer) and
   * keeps the others waiting, dropping those that can no longer enter. `max`: the highest waiting bound.
   */
  #cutRest(max: number): void {
    const { shared, coarse } = this.#rest;
    const n = this.#restCount;
    const cutoff = n > FIRST_QUEUED ? cutoffFor(coarse, n, max, FIRST_QUEUED) : Number.NEGATIVE_INFINITY;
    const floor = this.#top.full ? this.#top.worstScore : Number.NEGATIVE_INFINITY;
    let kept = 0;
    let keptMax = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const bound = coarse[i] as number;
      if (bound >= cutoff) this.#coarse.push(bound, shared[i] as number);
      else if (bound >= floor) {
        shared[kept] = shared[i] as number;
        coarse[kept++] = bound;
        if (bound > keptMax) keptMax = bound;
      }
    }
    this.#restCount = kept;
    this.#restBound = keptMax;
  }

  result(): Ranked[] {
    return this.#top
      .sorted()
      .map(({ id, score }) => ({ index: id, relevance: this.#relevanceOf.get(id)!, score }));
  }

  /** The most the full score can be for a relevance of at most `rel` (with the rounding margin). */
  #full(rel: number, index: number): number {
    return rel * this.factorOf(index) + BOUND_MARGIN;
  }

  /** The similarity to the need, kept for relevance (null: no embedding on the need's side). */
  #similarity(index: number): number {
    const s = this.query ? this.set.vectors.similarity(this.query, index) : -1;
    this.set.similarities[index] = s;
    return s;
  }

  /** A provider near in meaning that shares no key: queued by meaning's share at its similarity. */
  #queueNear(index: number): number {
    const bound = this.#full(meaningUpTo(this.#bounds, this.#similarity(index) + SIMILARITY_MARGIN), index);
    this.#fine.push(bound, index);
    return bound;
  }

  /** A provider sharing keys: its bound with meaning's share at its similarity. */
  #refine(index: number): void {
    const sum = this.set.sharedSums[index] as number;
    const meaning = meaningUpTo(this.#bounds, this.#similarity(index) + SIMILARITY_MARGIN);
    this.#fine.push(this.#full(Math.min(1, sum + meaning), index), index);
  }

  #evaluate(index: number): void {
    const rel = this.set.relevanceScoreOf(
      this.need,
      index,
      this.query ? this.set.similarities[index]! : null,
    );
    if (rel > 0) this.#waiting.push(this.#full(rel, index), index);
  }

  /** Can a provider whose full score is at most `bound` still enter? (Ties can: the lower position wins.) */
  #couldEnter(bound: number): boolean {
    return bound > 0 && !(this.#top.full && bound < this.#top.worstScore);
  }

  #scoreNext(): void {
    const index = this.#waiting.pop();
    const rel = this.set.relevanceTo(this.need, index)!;
    const score = this.fullScore(index, rel);
    if (score === null) return;
    const displaced = this.#top.offer(score, index);
    if (displaced !== index) this.#relevanceOf.set(index, rel);
    if (displaced >= 0 && displaced !== index) this.#relevanceOf.delete(displaced);
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
  readonly #docs: StoredDoc[] = [];
  /** The documents' analyses, packed (a few hundred bytes a document instead of ~2 kB of maps). */
  readonly #analyses = new AnalysisStore();
  readonly #postings = new Postings();
  readonly maxCandidates: number;
  readonly #storage: VectorStorage;
  #live = new Uint8Array(64);
  #stamps = new Int32Array(64);
  /** Per provider, what the concepts, words and tags it shares with the need being ranked can add. */
  #sums = new Float64Array(64);
  /** Per provider, its similarity to the need being ranked (set before its relevance is computed). */
  #similarities = new Float64Array(64);
  #coarseBounds = new Float64Array(64);
  #shared = new Int32Array(64);
  /** Live documents whose keys leave out a concept or word they hold (more than MAX_KEYS, or built bare). */
  readonly #unkeyed = new Set<number>();
  /** 1 where `#unkeyed` holds the position (read in the posting-list loop). */
  #unkeyedFlag = new Uint8Array(64);
  #stamp = 0;
  #corpus: Corpus;
  #corpusSize: number;
  /** Under int8 storage, the dequantised embedding a stored document borrows for one relevance call. */
  #scratchVector = new Float32Array(0);

  constructor(docs: readonly MatchDoc[], options: ProviderSetOptions) {
    this.candidates = options.candidates ?? 32;
    this.#storage = options.storage ?? 'float32';
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
    else {
      this.#live[index] = 0;
      this.#unkeyedFlag[index] = 0;
      this.#unkeyed.delete(index);
    }
  }

  doc(index: number): MatchDoc | null {
    if (!this.isLive(index)) return null;
    const doc = this.#docs[index]!;
    if (this.#storage === 'float32') return doc;
    const stored = this.vectors.read(index, this.#scratchVector);
    return doc.withEmbedding(stored ? Float32Array.from(stored) : null);
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

  /** Per provider, the sum `sumShared` left (valid for the positions it returned). */
  get sharedSums(): Float64Array {
    return this.#sums;
  }

  /** Scratch for one ranking's coarse bounds, at least `n` long. */
  coarseBounds(n: number): Float64Array {
    if (this.#coarseBounds.length < n)
      this.#coarseBounds = new Float64Array(Math.max(n, 2 * this.#coarseBounds.length));
    return this.#coarseBounds;
  }

  get similarities(): Float64Array {
    return this.#similarities;
  }

  /**
   * `relevanceTo(need, index)?.score` (0 when removed), given the similarity the index computed for it
   * (bit for bit relevance's own dot product; null when the need has no embedding), without terms.
   */
  relevanceScoreOf(need: MatchDoc, index: number, similarity: number | null): number {
    // a provider without an embedding has similarity 0, which adds no meaning, as no embedding does
    return this.isLive(index) ? relevanceScore(need, this.#docs[index]!, this.#corpus, similarity) : 0;
  }

  get unkeyed(): ReadonlySet<number> {
    return this.#unkeyed;
  }

  /**
   * Claims under `stamp` every live provider holding a concept, word or tag of `bounds` and sums, per
   * provider, what those can add (into `sharedSums`); returns their positions. Linear in the posting lists.
   */
  sumShared(bounds: RelevanceBounds, stamp: number): Int32Array {
    let n = 0;
    const lists: IntList[] = [];
    const adds: number[] = [];
    const collect = (list: IntList | undefined, add: number) => {
      if (list && list.length > 0) {
        lists.push(list);
        adds.push(add);
      }
    };
    for (const [id, add] of bounds.concepts) collect(this.#postings.list(`k:c:${id}`), add);
    for (const [term, add] of bounds.words) collect(this.#postings.list(`k:w:${term}`), add);
    for (const [tag, add] of bounds.tags) collect(this.#postings.list(`t:${tag}`), add);
    let most = 0;
    for (const list of lists) most += list.length;
    if (this.#shared.length < most) this.#shared = new Int32Array(Math.max(most, 2 * this.#shared.length));
    const stamps = this.#stamps;
    const sums = this.#sums;
    const live = this.#live;
    const unkeyed = this.#unkeyedFlag;
    const shared = this.#shared;
    for (let j = 0; j < lists.length; j++) {
      const list = lists[j]!;
      const values = list.values;
      const length = list.length;
      const add = adds[j]!;
      for (let i = 0; i < length; i++) {
        const index = values[i] as number;
        if (stamps[index] === stamp) sums[index] = (sums[index] as number) + add;
        else if (live[index] === 1 && unkeyed[index] === 0) {
          stamps[index] = stamp;
          sums[index] = add;
          shared[n++] = index;
        }
      }
    }
    return shared.subarray(0, n);
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
      const flags = new Uint8Array(capacity);
      flags.set(this.#unkeyedFlag);
      this.#unkeyedFlag = flags;
      const sums = new Float64Array(capacity);
      sums.set(this.#sums);
      this.#sums = sums;
      this.#similarities = new Float64Array(capacity);
    }
    this.#live[index] = 1;
    const complete = keysComplete(doc);
    this.#unkeyedFlag[index] = complete ? 0 : 1;
    if (complete) this.#unkeyed.delete(index);
    else this.#unkeyed.add(index);
    if (this.#storage === 'int8' && doc.embedding) {
      if (this.#scratchVector.length < doc.embedding.length)
        this.#scratchVector = new Float32Array(doc.embedding.length);
      this.#docs[index] = storedDoc(doc, this.#analyses, null);
    } else {
      this.#docs[index] = storedDoc(doc, this.#analyses, doc.embedding);
    }
  }
}

/** Whether a provider document's keys name every concept it offers and every word it uses. */
function keysComplete(doc: MatchDoc): boolean {
  const a = analysisOf(doc);
  if (doc.keys.length < a.offers.size + a.terms.size) return false;
  const keys = new Set(doc.keys);
  for (const id of a.offers.keys()) if (!keys.has(`c:${id}`)) return false;
  for (const term of a.terms.keys()) if (!keys.has(`w:${term}`)) return false;
  return true;
}
