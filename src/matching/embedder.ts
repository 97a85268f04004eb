// Sentence embeddings behind one interface, so a better model can be plugged in later: each stored
// embedding records the model that made it, and a new model means re-embedding, not mixing spaces.
import type { Vector } from '../domain/matching/vector';

export interface Embedder {
  /** Identifies the model and version; stored beside every embedding it makes. */
  readonly model: string;
  readonly dimensions: number;
  /**
   * Unit-length embeddings, one per text, in order; an empty vector for a text the model cannot read (a
   * script its vocabulary does not know), which then has no meaning to compare, only words and tags.
   * Once `signal` aborts, the promise rejects at once rather than when the batch is done: a stopping
   * server does not wait for a batch of long texts.
   */
  embed(texts: readonly string[], signal?: AbortSignal): Promise<Vector[]>;
}
