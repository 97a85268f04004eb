// Text to words: Unicode-safe lower-casing, accents and other combining marks removed, anything that is not
// a letter or digit splits words. Pure and total: any string, however long or exotic, gives a (possibly
// empty) list of words and never throws.
import { lemma, stem } from './stem';

/** Past this many characters a text adds nothing a connector would match on; it bounds the work. */
export const MAX_ANALYSED_CHARS = 20_000;
/** Past this many words a document stops growing (so a 50 kB text costs like a long paragraph). */
export const MAX_WORDS = 1_500;

export interface Word {
  /** The word as written (lower-cased, accents removed), for reasons to quote. */
  surface: string;
  /** The stemmed form words are compared by. */
  stem: string;
  /** The lighter form lexicon phrases are matched by (keeps "recruiter" apart from "recruiting"). */
  lemma: string;
  /** Index of the clause (split at sentence punctuation and "but"), which decides a phrase's role. */
  clause: number;
}

// Spellings whose punctuation carries the meaning; rewritten before punctuation splits words.
const SPECIAL: readonly [RegExp, string][] = [
  [/c\+\+/g, ' cplusplus '],
  [/c#/g, ' csharp '],
  [/f#/g, ' fsharp '],
  [/\.net\b/g, ' dotnet '],
  [/\b([a-z]+)\.js\b/g, ' $1js '],
  [/\bfp&a\b/g, ' fpa '],
  [/\bm&a\b/g, ' manda '],
  [/\br&d\b/g, ' randd '],
  [/\bd&o\b/g, ' dando '],
  [/\bp&l\b/g, ' pandl '],
  [/\bb2b\b/g, ' btob '],
  [/\bb2c\b/g, ' btoc '],
  [/\bd2c\b/g, ' dtc '],
  [/\bh-?1b\b/g, ' hone b '],
  [/\bo-?1a?\b/g, ' oone visa '],
  [/\bai\/ml\b/g, ' ai ml '],
  [/&/g, ' and '],
];

const CLAUSE_BREAK = /[.;!?\n\r\u2022|()]+|\s[-\u2013\u2014]\s|\bbut\b/;

export function normalise(text: string): string {
  const cut = text.length > MAX_ANALYSED_CHARS ? text.slice(0, MAX_ANALYSED_CHARS) : text;
  let s = cut
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc']/g, '');
  for (const [re, to] of SPECIAL) s = s.replace(re, to);
  return s;
}

export function words(text: string): Word[] {
  const out: Word[] = [];
  const clauses = normalise(text).split(CLAUSE_BREAK);
  for (let clause = 0; clause < clauses.length && out.length < MAX_WORDS; clause++) {
    const parts = (clauses[clause] as string).split(/[^\p{L}\p{N}]+/u);
    for (const surface of parts) {
      if (surface === '' || surface.length > 40) continue;
      out.push({ surface, stem: stem(surface), lemma: lemma(surface), clause });
      if (out.length >= MAX_WORDS) break;
    }
  }
  return out;
}
