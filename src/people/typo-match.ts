// Typo tolerance for names, after trigrams found the candidates: "jonh smtih" is John Smith. Trigrams
// rank badly on swapped letters (they favour "Jon Smithers" here), so candidates are ranked by edit
// distance per word instead. Input is already folded (lower case, accents removed) by the database.

const WORD = /[\p{L}\p{N}]+/gu;

export const words = (folded: string): string[] => folded.match(WORD) ?? [];

/** Name words joined by a hyphen or an apostrophe are typed as one: "jeanluc", "obrien", "vanderberg". */
const JOINED_WORDS = 3;

/** Each run of two or three neighbouring name words written together. */
export function joinedWords(nameWords: readonly string[]): string[] {
  const out: string[] = [];
  for (let n = 2; n <= JOINED_WORDS; n++)
    for (let i = 0; i + n <= nameWords.length; i++) out.push(nameWords.slice(i, i + n).join(''));
  return out;
}

/** Edits a typed word of this length may hold: none in one or two letters, one up to five, then two. */
export function typosAllowed(length: number): number {
  if (length < 3) return 0;
  return length <= 5 ? 1 : 2;
}

/** What matching only the start of a name word costs on top of its edits, so whole words rank first. */
export const PREFIX_PENALTY = 0.5;

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev2: number[] = [];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * The cost of one typed word against one name word: its edits to the whole word, or to the word's start
 * plus a penalty; null when neither is within the typos the typed word's length allows.
 */
function wordCost(typed: string, nameWord: string): number | null {
  const t = [...typed];
  const n = [...nameWord];
  const allowed = typosAllowed(t.length);
  let best = editDistance(typed, nameWord);
  if (best > allowed) best = Number.POSITIVE_INFINITY;
  // The start of a longer word, one letter shorter to one longer than what was typed.
  for (let k = Math.max(1, t.length - 1); k <= Math.min(n.length - 1, t.length + 1); k++) {
    const edits = editDistance(typed, n.slice(0, k).join(''));
    if (edits <= allowed) best = Math.min(best, edits + PREFIX_PENALTY);
  }
  return Number.isFinite(best) ? best : null;
}

/**
 * How far a name is from what was typed: the sum over typed words of the nearest name word's cost (or
 * of neighbouring name words written together), or null when some typed word is within its typos of none.
 */
export function typoDistance(typedWords: string[], nameWords: string[]): number | null {
  if (typedWords.length === 0) return null;
  const joined = joinedWords(nameWords);
  let total = 0;
  for (const typed of typedWords) {
    let best: number | null = null;
    for (const word of nameWords) {
      const cost = wordCost(typed, word);
      if (cost !== null && (best === null || cost < best)) best = cost;
    }
    // Words typed together match the joined words whole: "jeanluc" is Jean-Luc, and no "Jean Dupont".
    for (const word of joined) {
      const cost = editDistance(typed, word);
      if (cost <= typosAllowed([...typed].length) && (best === null || cost < best)) best = cost;
    }
    if (best === null) return null;
    total += best;
  }
  return total;
}

export interface TypoCandidate {
  id: string;
  /** The name folded by the database (lower case, no accents). */
  folded: string;
}

/** The candidates whose names match every typed word within its typos, nearest first (then by name, id). */
export function rankTypoMatches<T extends TypoCandidate>(foldedQuery: string, candidates: T[]): T[] {
  const typed = [...new Set(words(foldedQuery))];
  const scored: { c: T; d: number }[] = [];
  for (const c of candidates) {
    const d = typoDistance(typed, words(c.folded));
    if (d !== null) scored.push({ c, d });
  }
  scored.sort(
    (a, b) =>
      a.d - b.d ||
      (a.c.folded < b.c.folded ? -1 : a.c.folded > b.c.folded ? 1 : 0) ||
      (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0),
  );
  return scored.map((s) => s.c);
}
