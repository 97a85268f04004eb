// Which legacy code page a file that is not UTF-8 was written in. Windows writes CSV in the ANSI code page
// of its language (Outlook, Excel, most desktop address books): Western, Central European, Cyrillic, Greek
// and Turkish pages of one byte a character, and Shift_JIS, GBK and Korean (CP949) of two; and Mac Roman,
// which Excel for Mac wrote. Every page decodes most bytes to something, so the choice rests on what the
// text reads as. Pure.

/** The pages tried, in the order that settles a tie (Western first, as most files are). */
export const LEGACY_CODE_PAGES = [
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
  'shift_jis',
  'euc-kr',
  'gbk',
  // Excel for Mac before 2016 saves "CSV (Macintosh)" in Mac Roman: every byte is a letter there, and
  // Windows-1252 cannot read its accented letters (0x81 "Å", 0x8D "ç"), so such a file read as none.
  'macintosh',
] as const;
export type LegacyCodePage = (typeof LEGACY_CODE_PAGES)[number];

/** Bytes looked at to choose: enough for a header and many rows, and a bounded cost on a large file. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * The text of the sample in a page, or undefined when the page cannot read the bytes (a byte it does not
 * define, a broken two-byte character). A character cut at the sample's end is no error.
 */
function read(sample: Uint8Array, page: LegacyCodePage): string | undefined {
  try {
    return new TextDecoder(page, { fatal: true }).decode(sample, { stream: true });
  } catch {
    return undefined;
  }
}

type WritingSystem = 'latin' | 'cyrillic' | 'greek' | 'cjk' | 'hangul';

function systemOf(c: string): WritingSystem | undefined {
  if (/\p{Script=Latin}/u.test(c)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(c)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(c)) return 'greek';
  // Japanese writes kanji and kana in one word; Chinese is kanji (Han) alone.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c)) return 'cjk';
  if (/\p{Script=Hangul}/u.test(c)) return 'hangul';
  return undefined;
}

/**
 * The 2,350 Hangul syllables of KS X 1001, the ones Korean text uses. CP949 also encodes the other 8,822,
 * which almost no word holds; bytes of another page read as CP949 land on them.
 */
const COMMON_HANGUL: ReadonlySet<string> = (() => {
  const bytes: number[] = [];
  for (let lead = 0xb0; lead <= 0xc8; lead++) for (let t = 0xa1; t <= 0xfe; t++) bytes.push(lead, t);
  return new Set(new TextDecoder('euc-kr').decode(Uint8Array.from(bytes)));
})();

/** Halfwidth katakana: Shift_JIS reads single bytes of other pages as these; files today never hold them. */
const HALFWIDTH_KANA = /[\uff61-\uff9f]/u;

/** Signs other pages' letters turn into ("Ã·", "Ð¡", "³"): a Latin-1 sign that is no common punctuation. */
const MOJIBAKE_SIGNS =
  /[\u0080-\u009f\u00a2\u00a4-\u00a6\u00a8\u00aa\u00ac\u00ae-\u00b7\u00b9\u00ba\u00bc-\u00be\u00d7\u00f7\ufffd]/gu;

const LETTERS = /[\p{L}\p{M}]+/gu;

/**
 * How many characters of a text no language writes that way: letters of two writing systems in one word,
 * a Latin word of accented letters only ("Èâàí", Cyrillic read as Western), a capital inside a word
 * that is not all capitals ("НЯкпт", Greek read as Cyrillic), a rare Hangul syllable or a halfwidth kana, and signs
 * that only mis-read letters make. Zero for text read in its own page.
 */
export function implausibleCharacters(text: string): number {
  let bad = text.match(MOJIBAKE_SIGNS)?.length ?? 0;
  for (const [word] of text.matchAll(LETTERS)) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range tested here
    if (!/[^\u0000-\u007f]/.test(word)) continue;
    const chars = [...word];
    const nonAscii = chars.filter((c) => c > '\u007f');
    const foreign = nonAscii.length;
    // ASCII letters are Latin; only the others need their script looked up.
    const systems = new Set(nonAscii.map(systemOf).filter((s) => s !== undefined));
    if (/[A-Za-z]/.test(word)) systems.add('latin');
    const mixed = systems.size > 1;
    const noAsciiLatin = systems.has('latin') && chars.length > 1 && !/[A-Za-z]/.test(word);
    const capitalInside =
      /\p{Ll}/u.test(word) && chars.some((c, i) => i > 0 && c > '\u007f' && /\p{Lu}/u.test(c));
    const rare = nonAscii.some(
      (c) => HALFWIDTH_KANA.test(c) || (/\p{Script=Hangul}/u.test(c) && !COMMON_HANGUL.has(c)),
    );
    if (mixed || noAsciiLatin || capitalInside || rare) bad += foreign;
  }
  return bad;
}

/**
 * The page a file that is not UTF-8 reads best in: of the pages that can read it, the one under which
 * `recognised` (the caller's measure of how much of the text it knows, e.g. a CSV's column names) is
 * highest, then the one with the fewest implausible characters, then the first in LEGACY_CODE_PAGES.
 */
export function legacyCodePageOf(
  bytes: Uint8Array,
  recognised: (text: string) => number = () => 0,
): LegacyCodePage {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  let best: { page: LegacyCodePage; known: number; bad: number } | undefined;
  for (const page of LEGACY_CODE_PAGES) {
    const text = read(sample, page);
    if (text === undefined) continue;
    const known = recognised(text);
    const bad = implausibleCharacters(text);
    if (!best || known > best.known || (known === best.known && bad < best.bad)) best = { page, known, bad };
  }
  return best?.page ?? 'windows-1252';
}
