// Turns what a person types into a safe prefix tsquery: every word must match the start of a word.

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 12;

/** "Ann  O'Neil" → "'ann':* & 'o':* & 'neil':*"; null when nothing searchable remains. */
export function toPrefixTsQuery(input: string): string | null {
  const words = input.toLowerCase().match(WORD) ?? [];
  const unique = [...new Set(words)].slice(0, MAX_TERMS);
  if (unique.length === 0) return null;
  return unique.map((w) => `'${w}':*`).join(' & ');
}

/** Escapes LIKE wildcards so user input matches literally. */
export function likeContains(input: string): string {
  return `%${input.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
