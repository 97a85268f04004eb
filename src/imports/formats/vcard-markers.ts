// BEGIN:VCARD and END:VCARD lines, and whether a file is a vCard, found without regular expressions over
// the whole text: a pattern such as /^\s*begin\s*:\s*vcard\s*$/im lets `\s*` run across line breaks and
// took time in the square of the number of blank lines (1 MB of newlines held the server for minutes).
// Everything here is one pass over the characters it looks at.

/** True when the line is `BEGIN:VCARD` (or `END:VCARD` for `word` "end"), any case, spaces allowed around. */
export function isCardMarker(line: string, word: 'begin' | 'end'): boolean {
  // Cheap refusal first: a marker is short; a long line (a photo, a note) is never one.
  if (line.length > 64) return line.trim().length <= 64 && isCardMarker(line.trim(), word);
  const colon = line.indexOf(':');
  if (colon < 0) return false;
  return (
    line.slice(0, colon).trim().toLowerCase() === word &&
    line
      .slice(colon + 1)
      .trim()
      .toLowerCase() === 'vcard'
  );
}

/** How many non-blank lines detection looks at: a vCard starts with BEGIN:VCARD, perhaps after a few lines. */
export const DETECT_LINES = 50;

/**
 * Whether the text has a BEGIN:VCARD line among its first `maxLines` non-blank lines (all of them when
 * not given). Linear in the characters read.
 */
export function hasCardStart(text: string, maxLines = Number.POSITIVE_INFINITY): boolean {
  let seen = 0;
  let start = 0;
  const n = text.length;
  while (start <= n && seen < maxLines) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    // An empty line (most of a file of blank lines) is skipped without making a string of it.
    const line = end === start ? '' : text.slice(start, end);
    if (line !== '' && line.trim() !== '') {
      seen++;
      if (isCardMarker(line, 'begin')) return true;
    }
    // CRLF, LF and a lone CR each end a line.
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return false;
}

/** Lines in the text (CRLF, LF or CR each end one; a final line break starts no new line). */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13 ? lines - 1 : lines;
}
