// The concept lexicon compiled for matching, and the phrase matcher: which concepts a run of words names,
// (by their light normal form, `lemma`), longest phrase first, so an ambiguous word counts only in the sense its phrase gives. Pure.
import { CONCEPTS, type ConceptEntry } from './concepts';
import { type Word, words } from './tokens';

export type PhraseRole = 'provider' | 'topic';

interface Phrase {
  stems: readonly string[];
  concept: string;
  role: PhraseRole;
  implied: boolean;
}

export interface PhraseHit {
  concept: string;
  role: PhraseRole;
  /** Word positions [start, end) of the phrase in the text. */
  start: number;
  end: number;
  clause: number;
  /** The phrase as written, for reasons. */
  surface: string;
  /** Named only because another concept of the phrase implies it (a Rust developer is an engineer). */
  implied: boolean;
}

export interface Lexicon {
  concept(id: string): ConceptEntry | undefined;
  match(text: readonly Word[]): PhraseHit[];
}

function compile(entries: readonly ConceptEntry[]): Lexicon {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byFirst = new Map<string, Phrase[]>();
  const add = (phrase: string, concept: ConceptEntry, role: PhraseRole) => {
    const stems = words(phrase).map((w) => w.lemma);
    const first = stems[0];
    if (first === undefined) return;
    const targets = [concept.id, ...(concept.implies ?? [])];
    const list = byFirst.get(first) ?? [];
    for (const id of targets) list.push({ stems, concept: id, role, implied: id !== concept.id });
    byFirst.set(first, list);
  };
  for (const entry of entries) {
    for (const p of entry.provider.split('|')) add(p, entry, 'provider');
    for (const p of entry.topic.split('|')) add(p, entry, 'topic');
  }
  return {
    concept: (id) => byId.get(id),
    match(text) {
      // Longest phrases at each position; a phrase inside a longer chosen one does not count on its own.
      const chosen: PhraseHit[] = [];
      let coveredTo = 0;
      for (let i = 0; i < text.length; i++) {
        const start = text[i] as Word;
        const candidates = byFirst.get(start.lemma);
        if (!candidates) continue;
        let best = 0;
        let end = i;
        const found: Phrase[] = [];
        for (const p of candidates) {
          if (p.stems.length < best) continue;
          const to = matchEnd(text, i, p.stems);
          if (to < 0) continue;
          if (p.stems.length > best) {
            best = p.stems.length;
            end = to;
            found.length = 0;
          }
          found.push(p);
        }
        if (best === 0 || end <= coveredTo) continue;
        coveredTo = end;
        const surface = text
          .slice(i, end)
          .map((w) => w.surface)
          .join(' ');
        const seen = new Set<string>();
        for (const p of found) {
          const key = `${p.concept}/${p.role}`;
          if (seen.has(key)) continue;
          seen.add(key);
          chosen.push({
            concept: p.concept,
            role: p.role,
            start: i,
            end,
            clause: start.clause,
            surface,
            implied: p.implied,
          });
        }
      }
      return inContext(chosen);
    },
  };
}

/**
 * A phrase that names several concepts ("prototype": hardware or UX) keeps only those the rest of the text
 * also names; when the text names none of them elsewhere, it keeps them all.
 */
function inContext(hits: PhraseHit[]): PhraseHit[] {
  const spans = new Map<number, PhraseHit[]>();
  for (const h of hits) {
    if (h.implied) continue;
    const at = spans.get(h.start) ?? [];
    at.push(h);
    spans.set(h.start, at);
  }
  const dropped = new Set<string>();
  for (const [start, at] of spans) {
    const senses = new Set(at.map((h) => h.concept));
    if (senses.size < 2) continue;
    const elsewhere = new Set(hits.filter((h) => h.start !== start).map((h) => h.concept));
    const kept = [...senses].filter((c) => elsewhere.has(c));
    if (kept.length === 0) continue;
    for (const c of senses) if (!kept.includes(c)) dropped.add(`${start}/${c}`);
  }
  if (dropped.size === 0) return hits;
  // An implied concept goes with the sense that implied it.
  const keptSpans = new Set(
    hits.filter((h) => !h.implied && !dropped.has(`${h.start}/${h.concept}`)).map((h) => `${h.start}`),
  );
  return hits.filter((h) =>
    h.implied ? keptSpans.has(`${h.start}`) : !dropped.has(`${h.start}/${h.concept}`),
  );
}

/**
 * Where the phrase ends if it starts at `at` (exclusive), or -1. A number inside the text does not break a
 * phrase that has none there ("first 10 customers" is "first customers").
 */
function matchEnd(text: readonly Word[], at: number, stems: readonly string[]): number {
  const clause = (text[at] as Word).clause;
  let i = at;
  for (let k = 0; k < stems.length; k++, i++) {
    while (
      k > 0 &&
      i < text.length &&
      /^\d+$/.test((text[i] as Word).lemma) &&
      !/^\d+$/.test(stems[k] as string)
    )
      i++;
    const w = text[i];
    if (w === undefined || w.lemma !== stems[k] || w.clause !== clause) return -1;
  }
  return i;
}

let compiled: Lexicon | undefined;
const compiledLexicon = (): Lexicon => {
  compiled ??= compile(CONCEPTS);
  return compiled;
};
/**
 * The concept lexicon, compiled on first use: compiling thousands of phrases takes ~0.1 s, which every start
 * of the server and the CLI would otherwise pay before it could answer anything.
 */
export const LEXICON: Lexicon = {
  concept: (id) => compiledLexicon().concept(id),
  match: (text) => compiledLexicon().match(text),
};
