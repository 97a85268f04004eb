// How well a provider's text (an offer, or their profile) answers a need: pure, no I/O.
// FIRST VERSION (contract): cosine of the stored embeddings plus shared tags. The relevance work replaces
// the inside and keeps these names.
import { dot, type Vector } from './vector';

/** A need, an offer or a profile, as the matcher reads it. */
export interface MatchDoc {
  kind: 'need' | 'offer' | 'profile';
  text: string;
  tags: readonly string[];
  /** Unit-length sentence embedding of `text`; null while it is still being computed. */
  embedding: Vector | null;
  /**
   * Lexical keys (e.g. stemmed words, concepts) whose sharing can raise relevance beyond meaning alone; the
   * candidate index retrieves providers that share a key with a need as well as the nearest in meaning.
   */
  keys: readonly string[];
}

/** One part of the score, with the words a reason can quote. */
export interface RelevanceTerm {
  kind: 'meaning' | 'words' | 'tags' | 'concept';
  /** What this term added to the score. */
  contribution: number;
  /** Plain words for a reason, e.g. `shares the tags "cfo", "finance"`. */
  phrase: string;
}

export interface Relevance {
  /** 0 (unrelated) … 1 (answers it exactly). */
  score: number;
  terms: RelevanceTerm[];
}

/** Statistics over every provider document of one account (word rarity and the like). */
export interface Corpus {
  size: number;
}

export function prepareCorpus(providers: readonly MatchDoc[]): Corpus {
  return { size: providers.length };
}

export function relevance(need: MatchDoc, provider: MatchDoc, _corpus: Corpus): Relevance {
  const terms: RelevanceTerm[] = [];
  if (need.embedding && provider.embedding) {
    const meaning = Math.max(0, dot(need.embedding, provider.embedding));
    if (meaning > 0) terms.push({ kind: 'meaning', contribution: 0.8 * meaning, phrase: 'close in meaning' });
  }
  const wanted = new Set(need.tags.map((t) => t.toLowerCase()));
  const shared = provider.tags.filter((t) => wanted.has(t.toLowerCase()));
  if (shared.length > 0 && wanted.size > 0) {
    terms.push({
      kind: 'tags',
      contribution: (0.2 * shared.length) / wanted.size,
      phrase: `shares the tags ${shared.map((t) => `"${t}"`).join(', ')}`,
    });
  }
  const score = Math.min(
    1,
    terms.reduce((sum, t) => sum + t.contribution, 0),
  );
  return { score, terms };
}
