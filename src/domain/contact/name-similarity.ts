// Are two names probably the same person's? Pure; used for "possible duplicate" suggestions, never to
// merge on its own.
import { nameKey } from './normalise';

/** Two scratch buffers for jaroWinkler, grown as needed: it runs for many pairs in an import. */
const scratch = [new Uint8Array(64), new Uint8Array(64)];
function matchedBuffer(which: 0 | 1, length: number): Uint8Array {
  if (scratch[which]!.length < length) scratch[which] = new Uint8Array(length * 2);
  const buffer = scratch[which]!;
  buffer.fill(0, 0, length);
  return buffer;
}

/** Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = matchedBuffer(0, a.length);
  const bMatched = matchedBuffer(1, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(b.length - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = 1;
      bMatched[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

export type NameMatch =
  | 'same name'
  | 'same name in another order'
  | 'same surname and initial'
  | 'very similar name';

/** Why two names look like one person's, or undefined when they do not. */
export function similarName(a: string, b: string): NameMatch | undefined {
  return similarKeys(nameKey(a), nameKey(b));
}

/** A name passed through nameKey, with what comparing it needs, computed once per person. */
export interface PreparedName {
  key: string;
  tokens: string[];
  /** The tokens in alphabetical order, joined. */
  sorted: string;
}

export function prepareName(key: string): PreparedName {
  const tokens = key.split(' ');
  let sorted = key;
  // Most names have two words; sorting allocates even for those.
  if (tokens.length === 2) sorted = tokens[0]! <= tokens[1]! ? key : `${tokens[1]} ${tokens[0]}`;
  else if (tokens.length > 2) sorted = [...tokens].sort().join(' ');
  return { key, tokens, sorted };
}

/** The same on names already passed through nameKey (cheaper in loops). */
export function similarKeys(ka: string, kb: string): NameMatch | undefined {
  return similarPrepared(prepareName(ka), prepareName(kb));
}

/** The same on prepared names (cheapest, for comparing one person with many). */
export function similarPrepared(a: PreparedName, b: PreparedName): NameMatch | undefined {
  const ka = a.key;
  const kb = b.key;
  if (!ka || !kb) return undefined;
  if (ka === kb) return 'same name';
  const ta = a.tokens;
  const tb = b.tokens;
  if (ta.length > 1 && a.sorted === b.sorted) return 'same name in another order';
  if (ta.length > 1 && tb.length > 1 && ta.at(-1) === tb.at(-1)) {
    const fa = ta[0]!;
    const fb = tb[0]!;
    if ((fa.length === 1 && fb.startsWith(fa)) || (fb.length === 1 && fa.startsWith(fb))) {
      return 'same surname and initial';
    }
  }
  // Short names are too often alike by chance ("Ann Lee" / "Dan Lee"); very different lengths never reach
  // the threshold, so they are not compared.
  if (Math.min(ka.length, kb.length) < 8 || Math.abs(ka.length - kb.length) > 3) return undefined;
  if (jaroWinkler(ka, kb) >= 0.94) return 'very similar name';
  return undefined;
}
