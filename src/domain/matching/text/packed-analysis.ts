// A text's analysis as a provider set keeps it for hundreds of thousands of documents: its words and concepts
// interned to integers in one dictionary per set, and its maps laid out in one shared Int32Array, so a
// document costs a few hundred bytes instead of the ~2 kB of its maps of strings (bench/README.md, "Memory
// pass"). It reads exactly as the analysis it was packed from: the same keys in the same order with the same
// values (so relevance, its bounds and its terms are bit for bit the same; property-tested), the ConceptUse
// objects shared between documents, the quote recomputed from the text. Pure.
import { type ConceptUse, EMPTY_ANALYSIS, quoteOf, type TextAnalysis } from './analyse';
import { LEXICON } from './lexicon';

/** The words, concept ids and concept uses of many analyses, and their packed maps; one per provider set. */
export class AnalysisStore {
  readonly #ids = new Map<string, number>();
  readonly #words: string[] = [];
  readonly #useIds = new Map<string, number>();
  readonly #uses: ConceptUse[] = [];
  #data = new Int32Array(1024);
  #used = 0;

  /** The packed maps of every analysis (reallocated as it grows: read it through here, at each use). */
  get data(): Int32Array {
    return this.#data;
  }

  /** The id of a word or concept id, or -1 when no analysis of this store holds it. */
  id(word: string): number {
    return this.#ids.get(word) ?? -1;
  }

  word(id: number): string {
    return this.#words[id] as string;
  }

  use(id: number): ConceptUse {
    return this.#uses[id] as ConceptUse;
  }

  /**
   * `analysis` (of `text`) as this store keeps it. A replaced document's space is not reclaimed: the store
   * lives as long as its set, which is rebuilt from the documents when an account's network is.
   */
  pack(text: string, analysis: TextAnalysis): TextAnalysis {
    const { terms, surfaces, asks, offers } = analysis;
    // an analysis not made by `analyse` (a word without its surface) is kept as it is
    if (analysis === EMPTY_ANALYSIS || surfaces.size !== terms.size) return analysis;
    const at = this.#reserve(HEADER + 3 * terms.size + 2 * offers.size + 2 * asks.size);
    const data = this.#data;
    data[at] = terms.size;
    data[at + 1] = offers.size;
    data[at + 2] = asks.size;
    let i = at + HEADER;
    for (const [term, count] of terms) {
      data[i] = this.#intern(term);
      data[i + terms.size] = this.#intern(surfaces.get(term) ?? term);
      data[i + 2 * terms.size] = count;
      i++;
    }
    i += 2 * terms.size;
    for (const map of [offers, asks]) {
      for (const [id, use] of map) {
        data[i] = this.#intern(id);
        data[i + map.size] = this.#internUse(use);
        i++;
      }
      i += map.size;
    }
    const quote = quoteOf(text);
    return new PackedAnalysis(
      this,
      at,
      analysis.length,
      text,
      quote === analysis.quote ? null : analysis.quote,
    );
  }

  #reserve(n: number): number {
    if (this.#used + n > this.#data.length) {
      const grown = new Int32Array(Math.max(this.#used + n, 2 * this.#data.length));
      grown.set(this.#data.subarray(0, this.#used));
      this.#data = grown;
    }
    const at = this.#used;
    this.#used += n;
    return at;
  }

  #intern(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.#words.length;
      this.#words.push(word);
      this.#ids.set(word, id);
    }
    return id;
  }

  #internUse(use: ConceptUse): number {
    const key = `${use.weight}|${use.byName ? 1 : 0}|${use.surface}`;
    let id = this.#useIds.get(key);
    if (id === undefined) {
      id = this.#uses.length;
      this.#uses.push({ weight: use.weight, surface: use.surface, byName: use.byName });
      this.#useIds.set(key, id);
    }
    return id;
  }
}

/** terms, offers and asks counts; then term ids, surface ids, counts; offer ids, uses; ask ids, uses. */
const HEADER = 3;

class PackedAnalysis implements TextAnalysis {
  constructor(
    readonly store: AnalysisStore,
    readonly at: number,
    readonly length: number,
    readonly text: string,
    /** The analysis's quote when the text's own would differ (a text with no words: none). */
    readonly ownQuote: string | null,
  ) {}

  get quote(): string {
    return this.ownQuote ?? quoteOf(this.text);
  }

  get terms(): ReadonlyMap<string, number> {
    const n = this.#count(0);
    return new PackedMap(this.store, this.at + HEADER, n, this.at + HEADER + 2 * n, countValue);
  }

  get surfaces(): ReadonlyMap<string, string> {
    const n = this.#count(0);
    return new PackedMap(this.store, this.at + HEADER, n, this.at + HEADER + n, wordValue);
  }

  get offers(): ReadonlyMap<string, ConceptUse> {
    const n = this.#count(1);
    const from = this.at + HEADER + 3 * this.#count(0);
    return new PackedMap(this.store, from, n, from + n, useValue);
  }

  get asks(): ReadonlyMap<string, ConceptUse> {
    const n = this.#count(2);
    const from = this.at + HEADER + 3 * this.#count(0) + 2 * this.#count(1);
    return new PackedMap(this.store, from, n, from + n, useValue);
  }

  get askedServices(): readonly (readonly [string, ConceptUse])[] {
    return [...this.asks].filter(([id]) => LEXICON.concept(id)?.kind === 'service');
  }

  get askedFields(): readonly (readonly [string, ConceptUse])[] {
    return [...this.asks].filter(([id]) => LEXICON.concept(id)?.kind === 'field');
  }

  #count(which: 0 | 1 | 2): number {
    return this.store.data[this.at + which] as number;
  }
}

const countValue = (_: AnalysisStore, raw: number) => raw;
const wordValue = (store: AnalysisStore, raw: number) => store.word(raw);
const useValue = (store: AnalysisStore, raw: number) => store.use(raw);

/** A read-only map over `n` packed keys (ids) at `keys` and their raw values at `values`, in packing order. */
class PackedMap<V> implements ReadonlyMap<string, V> {
  constructor(
    readonly store: AnalysisStore,
    readonly keysAt: number,
    readonly size: number,
    readonly valuesAt: number,
    readonly value: (store: AnalysisStore, raw: number) => V,
  ) {}

  /** The position of `key` among the keys, or -1 (a scan: a document holds a few dozen at most). */
  #find(key: string): number {
    const id = this.store.id(key);
    if (id < 0) return -1;
    const data = this.store.data;
    for (let i = 0; i < this.size; i++) if (data[this.keysAt + i] === id) return i;
    return -1;
  }

  has(key: string): boolean {
    return this.#find(key) >= 0;
  }

  get(key: string): V | undefined {
    const i = this.#find(key);
    return i < 0 ? undefined : this.#valueAt(i);
  }

  #keyAt(i: number): string {
    return this.store.word(this.store.data[this.keysAt + i] as number);
  }

  #valueAt(i: number): V {
    return this.value(this.store, this.store.data[this.valuesAt + i] as number);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.size; i++) callback.call(thisArg, this.#valueAt(i), this.#keyAt(i), this);
  }

  *entries(): MapIterator<[string, V]> {
    for (let i = 0; i < this.size; i++) yield [this.#keyAt(i), this.#valueAt(i)];
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.#keyAt(i);
  }

  *values(): MapIterator<V> {
    for (let i = 0; i < this.size; i++) yield this.#valueAt(i);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
