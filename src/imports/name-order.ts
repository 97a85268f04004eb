// A name a list writes family name first, "Public, Jane" (as address books sort them), in the order
// Linchpin shows names: "Jane Public". Pure.
import { isAfterName } from '../domain/contact/courtesy-titles';

/** Words of a company's name ("Harbour, Reed & Co", "Diseño, S.A."): such a name is left as it is. */
const COMPANY_WORDS = new Set([
  ...['co', 'inc', 'llc', 'llp', 'ltd', 'limited', 'gmbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa'],
  ...['bv', 'nv', 'plc', 'corp', 'corporation', 'company', 'group', 'partners', 'cv', 'ab', 'as', 'oy'],
]);
/** More words than a given or a family name has: a phrase, not "Last, First". */
const MAX_WORDS = 4;

const wordsOf = (part: string) =>
  part
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/\./g, ''))
    .filter(Boolean);

const looksLikeNamePart = (part: string) => {
  const ws = wordsOf(part);
  return (
    ws.length > 0 &&
    ws.length <= MAX_WORDS &&
    /\p{L}/u.test(part) &&
    !/[\d&@/()]/.test(part) &&
    !ws.some((w) => COMPANY_WORDS.has(w))
  );
};

/**
 * "Public, Jane" → "Jane Public"; "Smith, John, Jr." → "John Smith Jr.". Anything else is returned as it
 * is: a name without a comma, "John Smith, Jr.", a company ("Harbour, Reed & Co").
 */
export function inNaturalOrder(name: string): string {
  const parts = name.split(',').map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3) return name;
  const [family, given, suffix] = parts as [string, string, string | undefined];
  if (isAfterName(given) || (suffix !== undefined && !isAfterName(suffix))) return name;
  if (!looksLikeNamePart(family) || !looksLikeNamePart(given)) return name;
  return [given, family, suffix].filter(Boolean).join(' ');
}
