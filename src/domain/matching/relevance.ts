// How well a provider's text (an offer, or their profile) answers a need: pure, no I/O, and cheap (every
// text is analysed once, when its document is built or the corpus is prepared; a pair costs a few map
// look-ups and one dot product). Four signals, fused into a score in 0..1 whose terms add up to it:
// - concepts: the kinds of help the need asks for that the provider OFFERS (a founder raising a round asks
//   for investment, she does not offer it), by the lexicon in text/concepts.ts;
// - meaning: cosine of the sentence embeddings;
// - words: the share of the need's words (weighted by rarity, BM25-saturated) the provider uses;
// - tags: the share of the need's tags the provider has.
// A provider who asks for the very thing the need asks for, and offers none of it, is a fellow seeker:
// meaning and words are fooled by the shared topic, so they count for little.
import { analyse, type ConceptUse, type DocKind, EMPTY_ANALYSIS, type TextAnalysis } from './text/analyse';
import { type WordStats, wordScore, wordStats } from './text/bm25';
import { LEXICON } from './text/lexicon';
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
  /** The analysed text (words, concepts asked and offered); the doc builders fill it, else it is computed once. */
  analysis?: TextAnalysis;
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
  words: WordStats;
}

/** How much each signal counts when the need names a kind of help the lexicon knows, and when it does not. */
export const WEIGHTS = {
  withConcepts: { concept: 0.42, field: 0.06, meaning: 0.3, words: 0.17, tags: 0.05 },
  withoutConcepts: { concept: 0, field: 0.1, meaning: 0.52, words: 0.3, tags: 0.08 },
} as const;
/** Cosine similarity of unrelated short texts sits below FLOOR; SPAN above it counts as fully alike. */
const MEANING_FLOOR = 0.1;
const MEANING_SPAN = 0.5;
/** A concept the provider offers only a close relative of counts this much. */
const RELATED_CREDIT = 0.35;
/**
 * A need that names the provider it wants ("a yoga teacher") is answered a little less surely by a text that
 * names only the topic ("yoga mats") than by one that names the provider.
 */
const TOPIC_FOR_NAME = 0.8;
/** What meaning, words and tags still count for when the provider seeks what the need seeks. */
const FELLOW_SEEKER = 0.3;

const analysed = new WeakMap<MatchDoc, TextAnalysis>();

/** The analysis of a document's text, computed at most once per document object. */
export function analysisOf(doc: MatchDoc): TextAnalysis {
  if (doc.analysis) return doc.analysis;
  let a = analysed.get(doc);
  if (!a) {
    a = doc.text.trim() === '' ? EMPTY_ANALYSIS : analyse(doc.text, doc.kind satisfies DocKind);
    analysed.set(doc, a);
  }
  return a;
}

export function prepareCorpus(providers: readonly MatchDoc[]): Corpus {
  return { size: providers.length, words: wordStats(providers.map(analysisOf)) };
}

export function relevance(need: MatchDoc, provider: MatchDoc, corpus: Corpus): Relevance {
  const n = analysisOf(need);
  const p = analysisOf(provider);
  const terms: RelevanceTerm[] = [];
  const services = n.askedServices;
  const w = services.length > 0 ? WEIGHTS.withConcepts : WEIGHTS.withoutConcepts;

  // At least 1, so a need that names its help only weakly cannot earn the full concept share.
  let serviceWeight = 0;
  let offersAny = false;
  let seeksSame = false;
  for (const [id, use] of services) {
    serviceWeight += use.weight;
    if (p.offers.has(id)) offersAny = true;
    if (p.asks.has(id)) seeksSame = true;
  }
  serviceWeight = Math.max(1, serviceWeight);
  let offered = 0;
  for (const [id, use] of services) {
    const credit = conceptCredit(id, use, p.offers);
    if (!credit) continue;
    offered++;
    terms.push({
      kind: 'concept',
      contribution: (w.concept * use.weight * credit.credit) / serviceWeight,
      phrase: credit.phrase,
    });
  }
  const damp = seeksSame && !offersAny && offered === 0 ? FELLOW_SEEKER : 1;

  let fieldWeight = 0;
  for (const [, use] of n.askedFields) fieldWeight += use.weight;
  for (const [id, use] of n.askedFields) {
    if (!p.offers.has(id)) continue;
    terms.push({
      kind: 'concept',
      contribution: (damp * w.field * use.weight) / fieldWeight,
      phrase: `is also about ${LEXICON.concept(id)?.label ?? id}`,
    });
  }

  if (need.embedding && provider.embedding && n.terms.size > 0 && p.terms.size > 0) {
    const cosine = dot(need.embedding, provider.embedding);
    const m = Math.min(1, Math.max(0, (cosine - MEANING_FLOOR) / MEANING_SPAN));
    if (m > 0) {
      terms.push({
        kind: 'meaning',
        contribution: damp * w.meaning * m,
        phrase: `${provider.kind === 'offer' ? 'offers' : 'whose profile says'} "${p.quote}"`,
      });
    }
  }

  const words = wordScore(corpus.words, n, p);
  if (words.score > 0) {
    terms.push({
      kind: 'words',
      contribution: damp * w.words * words.score,
      phrase: `uses the words ${quoted(words.shared.slice(0, 4))}`,
    });
  }

  if (need.tags.length > 0 && provider.tags.length > 0) {
    const wanted = new Set<string>();
    for (const t of need.tags) if (t.trim() !== '') wanted.add(t.trim().toLowerCase());
    const shared = new Set<string>();
    for (const t of provider.tags) if (wanted.has(t.trim().toLowerCase())) shared.add(t.trim().toLowerCase());
    if (shared.size > 0) {
      terms.push({
        kind: 'tags',
        contribution: (damp * w.tags * shared.size) / wanted.size,
        phrase: `shares the tags ${quoted([...shared])}`,
      });
    }
  }

  let score = 0;
  for (const t of terms) score += t.contribution;
  return { score: Math.min(1, score), terms: mergedByPhrase(terms) };
}

function conceptCredit(
  id: string,
  use: ConceptUse,
  offers: ReadonlyMap<string, ConceptUse>,
): { credit: number; phrase: string } | null {
  const exact = offers.get(id);
  if (exact) {
    return {
      credit: exact.weight * (use.byName && !exact.byName ? TOPIC_FOR_NAME : 1),
      phrase:
        exact.surface === use.surface
          ? `offers "${exact.surface}"`
          : `"${exact.surface}" means the same as "${use.surface}"`,
    };
  }
  const related = LEXICON.concept(id)?.related ?? [];
  for (const r of related) {
    const near = offers.get(r);
    if (near)
      return {
        credit: RELATED_CREDIT * near.weight,
        phrase: `"${near.surface}" is close to "${use.surface}"`,
      };
  }
  return null;
}

/** One term per reason: a concept and the concept it implies say the same thing ("ios" for both). */
function mergedByPhrase(terms: RelevanceTerm[]): RelevanceTerm[] {
  const out: RelevanceTerm[] = [];
  for (const t of terms) {
    const same = out.find((o) => o.kind === t.kind && o.phrase === t.phrase);
    if (same) same.contribution += t.contribution;
    else out.push(t);
  }
  return out;
}

const quoted = (list: readonly string[]) => list.map((s) => `"${s}"`).join(', ');
