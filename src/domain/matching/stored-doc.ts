// A provider document as a provider set keeps it: its analysis packed into the set's store (text/
// packed-analysis.ts) and its keys, when they are the ones its analysis gives (as the doc builders make
// them), derived again when asked for (an edit or a removal) instead of kept. It reads as the document it
// was made from. Pure.
import { keysOf } from './documents';
import { analysisOf, type MatchDoc } from './relevance';
import type { TextAnalysis } from './text/analyse';
import type { AnalysisStore } from './text/packed-analysis';
import type { Vector } from './vector';

export class StoredDoc implements MatchDoc {
  constructor(
    readonly kind: MatchDoc['kind'],
    readonly text: string,
    readonly tags: readonly string[],
    public embedding: Vector | null,
    readonly analysis: TextAnalysis,
    /** The document's keys when they differ from its analysis's; null: `keysOf(kind, analysis)`. */
    readonly ownKeys: readonly string[] | null,
  ) {}

  get keys(): readonly string[] {
    return this.ownKeys ?? keysOf(this.kind, this.analysis);
  }

  /** The same document with another embedding. */
  withEmbedding(embedding: Vector | null): StoredDoc {
    return new StoredDoc(this.kind, this.text, this.tags, embedding, this.analysis, this.ownKeys);
  }
}

/** `doc` as a set keeps it, with `embedding` (null when the set holds it elsewhere). */
export function storedDoc(doc: MatchDoc, store: AnalysisStore, embedding: Vector | null): StoredDoc {
  const analysis = store.pack(doc.text, analysisOf(doc));
  const derived = keysOf(doc.kind, analysis);
  const same = derived.length === doc.keys.length && derived.every((k, i) => k === doc.keys[i]);
  return new StoredDoc(doc.kind, doc.text, doc.tags, embedding, analysis, same ? null : doc.keys);
}
