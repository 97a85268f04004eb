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
import { idf, type WordStats, wordScore, wordShare, wordStats } from './text/bm25';
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

/**
 * How much each signal counts when the need names a kind of help the lexicon knows, and when it does not.
 * Meaning counts 1.6 times what it did when the lexicon was tuned (0.3 and 0.52 of 1): on needs written by
 * people who never saw the lexicon (bench/README.md, "Held-out fresh6"), their words are not its words, and
 * there the embedding alone did as well as the hybrid. 1.6 was the smallest factor that reached the plateau
 * of recall@3 on the blind fresh5 split (49% → 55%); the later blind fresh6 agreed (54% → 58%), at a cost of
 * 1–2 points on the splits the lexicon was tuned on.
 */
export const WEIGHTS = {
  withConcepts: { concept: 0.356, field: 0.051, meaning: 0.407, words: 0.144, tags: 0.042 },
  withoutConcepts: { concept: 0, field: 0.076, meaning: 0.634, words: 0.229, tags: 0.061 },
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
  const terms: RelevanceTerm[] = [];
  const cosine = need.embedding && provider.embedding ? dot(need.embedding, provider.embedding) : null;
  const score = scorePair(need, provider, corpus, cosine, terms);
  return { score, terms: mergedByPhrase(terms) };
}

/**
 * `relevance(need, provider, corpus).score`, bit for bit, without building terms or phrases: what a search
 * computes for every candidate it ranks, the terms only for those it keeps. `cosine` is the embeddings'
 * dot product as `relevance` computes it (`dot(need.embedding, provider.embedding)`), or null when either
 * has none.
 */
export function relevanceScore(
  need: MatchDoc,
  provider: MatchDoc,
  corpus: Corpus,
  cosine: number | null,
): number {
  return scorePair(need, provider, corpus, cosine, null);
}

/** The score; each term is also pushed to `terms` when given, in the order it was added. */
function scorePair(
  need: MatchDoc,
  provider: MatchDoc,
  corpus: Corpus,
  cosine: number | null,
  terms: RelevanceTerm[] | null,
): number {
  const n = analysisOf(need);
  const p = analysisOf(provider);
  let score = 0;
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
    if (credit === 0) continue;
    offered++;
    const contribution = (w.concept * use.weight * credit) / serviceWeight;
    score += contribution;
    terms?.push({ kind: 'concept', contribution, phrase: conceptPhrase(id, use, p.offers) });
  }
  const damp = seeksSame && !offersAny && offered === 0 ? FELLOW_SEEKER : 1;

  let fieldWeight = 0;
  for (const [, use] of n.askedFields) fieldWeight += use.weight;
  for (const [id, use] of n.askedFields) {
    if (!p.offers.has(id)) continue;
    const contribution = (damp * w.field * use.weight) / fieldWeight;
    score += contribution;
    terms?.push({
      kind: 'concept',
      contribution,
      phrase: `is also about ${LEXICON.concept(id)?.label ?? id}`,
    });
  }

  if (cosine !== null && n.terms.size > 0 && p.terms.size > 0) {
    const m = Math.min(1, Math.max(0, (cosine - MEANING_FLOOR) / MEANING_SPAN));
    if (m > 0) {
      const contribution = damp * w.meaning * m;
      score += contribution;
      terms?.push({
        kind: 'meaning',
        contribution,
        phrase: `${provider.kind === 'offer' ? 'offers' : 'whose profile says'} "${p.quote}"`,
      });
    }
  }

  const words = wordShare(corpus.words, n, p);
  if (words > 0) {
    const contribution = damp * w.words * words;
    score += contribution;
    terms?.push({
      kind: 'words',
      contribution,
      phrase: plural('uses the word', wordScore(corpus.words, n, p).shared.slice(0, 4)),
    });
  }

  if (need.tags.length > 0 && provider.tags.length > 0) {
    const wanted = new Set<string>();
    for (const t of need.tags) if (t.trim() !== '') wanted.add(t.trim().toLowerCase());
    const shared = new Set<string>();
    for (const t of provider.tags) if (wanted.has(t.trim().toLowerCase())) shared.add(t.trim().toLowerCase());
    if (shared.size > 0) {
      const contribution = (damp * w.tags * shared.size) / wanted.size;
      score += contribution;
      terms?.push({ kind: 'tags', contribution, phrase: plural('shares the tag', [...shared]) });
    }
  }
  return Math.min(1, score);
}

/**
 * The most a provider can get from each thing it may share with one need, so a search can stop before
 * scoring providers that cannot reach the best found so far. A provider's relevance is at most the sum,
 * over the concepts it offers, the words it uses and the tags it holds, of what each can add here, plus
 * `meaningUpTo(bounds, cosine)` for any upper bound on the cosine of their embeddings (property-tested).
 * A provider that shares none of them is bounded by the meaning term alone.
 */
export interface RelevanceBounds {
  /** Concept id the provider offers → the most it adds (as the concept asked, a close relative, a field). */
  readonly concepts: ReadonlyMap<string, number>;
  /** Word term (`TextAnalysis.terms` key) → the most using it adds. */
  readonly words: ReadonlyMap<string, number>;
  /** Tag, trimmed and lower case → the most holding it adds. */
  readonly tags: ReadonlyMap<string, number>;
  /** What meaning counts for with this need: it adds at most `meaningWeight` (a cosine of 1). */
  readonly meaningWeight: number;
}

export function relevanceBounds(need: MatchDoc, corpus: Corpus): RelevanceBounds {
  const n = analysisOf(need);
  const services = n.askedServices;
  const w = services.length > 0 ? WEIGHTS.withConcepts : WEIGHTS.withoutConcepts;
  const concepts = new Map<string, number>();
  const add = (id: string, x: number) => {
    if (x > 0) concepts.set(id, (concepts.get(id) ?? 0) + x);
  };
  let serviceWeight = 0;
  for (const [, use] of services) serviceWeight += use.weight;
  serviceWeight = Math.max(1, serviceWeight);
  // an offered concept's weight is at most 1, so its credit is at most 1 (exact) or RELATED_CREDIT
  for (const [id, use] of services) {
    const most = (w.concept * use.weight) / serviceWeight;
    add(id, most);
    for (const r of LEXICON.concept(id)?.related ?? []) add(r, RELATED_CREDIT * most);
  }
  let fieldWeight = 0;
  for (const [, use] of n.askedFields) fieldWeight += use.weight;
  for (const [id, use] of n.askedFields) add(id, (w.field * use.weight) / fieldWeight);

  const words = new Map<string, number>();
  let total = 0;
  for (const term of n.terms.keys()) total += idf(corpus.words, term);
  if (total > 0)
    for (const term of n.terms.keys()) words.set(term, (w.words * idf(corpus.words, term)) / total);

  const tags = new Map<string, number>();
  const wanted = new Set<string>();
  for (const t of need.tags) if (t.trim() !== '') wanted.add(t.trim().toLowerCase());
  for (const t of wanted) tags.set(t, w.tags / wanted.size);
  return { concepts, words, tags, meaningWeight: w.meaning };
}

/** The most the meaning term adds when the embeddings' cosine is at most `cosine`. */
export function meaningUpTo(bounds: RelevanceBounds, cosine: number): number {
  return bounds.meaningWeight * Math.min(1, Math.max(0, (cosine - MEANING_FLOOR) / MEANING_SPAN));
}

/** The most `provider` can score for the need `bounds` describe, when their cosine is at most `cosine`. */
export function relevanceBound(bounds: RelevanceBounds, provider: MatchDoc, cosine: number): number {
  const p = analysisOf(provider);
  let sum = meaningUpTo(bounds, cosine);
  for (const id of p.offers.keys()) sum += bounds.concepts.get(id) ?? 0;
  for (const term of p.terms.keys()) sum += bounds.words.get(term) ?? 0;
  const held = new Set<string>();
  for (const t of provider.tags) held.add(t.trim().toLowerCase());
  for (const t of held) sum += bounds.tags.get(t) ?? 0;
  return Math.min(1, sum);
}

/** How much of a concept asked the provider's offers give: exactly (by name or topic), or a close relative. */
function conceptCredit(id: string, use: ConceptUse, offers: ReadonlyMap<string, ConceptUse>): number {
  const exact = offers.get(id);
  if (exact) return exact.weight * (use.byName && !exact.byName ? TOPIC_FOR_NAME : 1);
  const near = nearestRelated(id, offers);
  return near ? RELATED_CREDIT * near.weight : 0;
}

/**
 * A concept's reason says only what the lexicon knows: that both phrases are about one kind of help
 * ("cpa" and "accountant", "invests in" and "pitch deck": not synonyms, a topic and its provider), or that
 * the provider's is a related kind ("mentor" is related to "fundraising advice"), each named by its label.
 */
function conceptPhrase(id: string, use: ConceptUse, offers: ReadonlyMap<string, ConceptUse>): string {
  const exact = offers.get(id);
  if (exact) {
    if (exact.surface === use.surface) return `offers "${exact.surface}"`;
    return `"${exact.surface}" and "${use.surface}" are both about ${labelOf(id)}`;
  }
  const near = nearestRelated(id, offers);
  return `"${near?.surface}" (${near ? labelOf(near.id) : ''}) is related to "${use.surface}" (${labelOf(id)})`;
}

const labelOf = (id: string) => LEXICON.concept(id)?.label ?? id;

/** The first of a concept's close relatives the provider offers, with its id. */
function nearestRelated(
  id: string,
  offers: ReadonlyMap<string, ConceptUse>,
): (ConceptUse & { id: string }) | undefined {
  for (const r of LEXICON.concept(id)?.related ?? []) {
    const near = offers.get(r);
    if (near) return { ...near, id: r };
  }
  return undefined;
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
/** `uses the word "cfo"`, `uses the words "cfo", "tax"`. */
const plural = (lead: string, list: readonly string[]) =>
  `${lead}${list.length === 1 ? '' : 's'} ${quoted(list)}`;
