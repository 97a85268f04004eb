// The line level of LDIF (RFC 2849), as Thunderbird, Evolution, Outlook Express / Windows Address Book and
// LDAP tools export address books: splits a file into entries (separated by blank lines) with their line
// numbers, unfolds continuation lines (a leading space), drops comments, and reads each `name;options: value`,
// `name:: base64` and `name:< url` line into an attribute. One pass over the characters; nothing here throws.
import { decodeCharset, isUtf8 } from '../decode';

export interface LdifEntryChunk {
  /** 1-based physical lines of the entry's first and last line. */
  start: number;
  end: number;
  lines: string[];
}

export interface LdifAttribute {
  /** Lower-case, without options (`cn;lang-de` → `cn`). */
  name: string;
  /** The text; for a base64 value, the bytes read as UTF-8 (or Windows-1252 when they are not UTF-8). */
  value: string;
  /** The bytes of a base64 value, for binary attributes such as jpegPhoto. */
  bytes?: Buffer;
  line: number;
}

export interface ReadEntry {
  dn?: string;
  attributes: LdifAttribute[];
  warnings: string[];
}

/** How many meaningful lines detection looks at before it gives up. */
const DETECT_LINES = 50;

/** The start of a line, at most `max` characters of it: enough to tell a `dn:` from anything else. */
function* lineHeads(text: string, max: number): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    yield text.slice(start, Math.min(end, start + max)).replace(/\r$/, '');
    start = end + 1;
  }
}

/**
 * Whether the text is LDIF: its first line that is not blank, a comment or a folded continuation is
 * `dn:` (or `version:` followed by `dn:`). Reads at most the first DETECT_LINES lines, 80 characters of each.
 */
export function isLdifText(text: string): boolean {
  let seen = 0;
  for (const head of lineHeads(text, 80)) {
    if (seen++ >= DETECT_LINES) return false;
    if (head.trim() === '' || head.startsWith('#') || head.startsWith(' ')) continue;
    if (/^version\s*:/i.test(head)) continue;
    return /^dn\s*::?/i.test(head);
  }
  return false;
}

/** Splits a file into entries, separated by one or more blank lines. */
export function splitEntries(text: string): LdifEntryChunk[] {
  const lines = text.split(/\r\n|\n|\r/);
  const entries: LdifEntryChunk[] = [];
  let entry: LdifEntryChunk | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A continuation may hold only spaces (a value folded at a space); any other blank line ends the entry.
    if (line.trim() === '' && !(entry && line.startsWith(' '))) {
      if (entry) entries.push(entry);
      entry = undefined;
      continue;
    }
    if (!entry) entry = { start: i + 1, end: i + 1, lines: [] };
    entry.lines.push(line);
    entry.end = i + 1;
  }
  if (entry) entries.push(entry);
  return entries;
}

interface Logical {
  no: number;
  parts: string[];
  comment: boolean;
}

/** The entry's logical lines: each continuation (a line starting with one space) joined to its line. */
function unfold(chunk: LdifEntryChunk): Logical[] {
  const out: Logical[] = [];
  chunk.lines.forEach((line, i) => {
    const last = out.at(-1);
    if (line.startsWith(' ') && last) last.parts.push(line.slice(1));
    else out.push({ no: chunk.start + i, parts: [line], comment: line.startsWith('#') });
  });
  return out;
}

const ATTRIBUTE_NAME = /^(?:[A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*)$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Attributes whose value is binary, never text: their base64 bytes are kept as they are. */
const BINARY = new Set(['jpegphoto', 'photo', 'thumbnailphoto', 'usercertificate', 'usersmimecertificate']);

const preview = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** Reads one entry's attributes. `keepBinary`: whether binary values (photos) are decoded at all. */
export function readEntry(chunk: LdifEntryChunk, keepBinary: boolean): ReadEntry {
  const read: ReadEntry = { attributes: [], warnings: [] };
  const notUtf8: number[] = [];
  for (const { no, parts, comment } of unfold(chunk)) {
    if (comment) continue;
    const line = parts.length === 1 ? parts[0]! : parts.join('');
    if (line === '-') continue;
    const colon = line.indexOf(':');
    const head = colon < 0 ? '' : line.slice(0, colon).trim();
    const name = head.split(';')[0]!.trim().toLowerCase();
    if (colon < 0 || !ATTRIBUTE_NAME.test(name)) {
      read.warnings.push(`Line ${no}: “${preview(line)}” is not an attribute line; ignored`);
      continue;
    }
    const kind = line[colon + 1];
    if (kind === '<') {
      read.warnings.push(`Line ${no}: the value of ${name} is a link to a file, which is not read; ignored`);
      continue;
    }
    if (kind !== ':') {
      const value = line.slice(colon + 1).trim();
      if (name === 'dn' && read.dn === undefined) read.dn = value;
      else read.attributes.push({ name, value, line: no });
      continue;
    }
    if (BINARY.has(name) && !keepBinary) continue;
    const encoded = line.slice(colon + 2).replace(/\s+/g, '');
    if (!BASE64.test(encoded)) {
      read.warnings.push(`Line ${no}: the base64 value of ${name} is not valid base64; ignored`);
      continue;
    }
    const bytes = Buffer.from(encoded, 'base64');
    if (BINARY.has(name)) {
      read.attributes.push({ name, value: '', bytes, line: no });
      continue;
    }
    const utf8 = isUtf8(bytes);
    if (!utf8) notUtf8.push(no);
    const value = (utf8 ? bytes.toString('utf8') : decodeCharset(bytes, 'windows-1252')).trim();
    if (name === 'dn' && read.dn === undefined) read.dn = value;
    else read.attributes.push({ name, value, bytes, line: no });
  }
  // Outlook Express writes base64 values in the Windows code page: one warning for the entry, not one a value.
  if (notUtf8.length) {
    const where = notUtf8.length === 1 ? `line ${notUtf8[0]}` : `lines ${notUtf8.join(', ')}`;
    read.warnings.push(`The base64 values on ${where} are not UTF-8; they were read as Windows-1252`);
  }
  return read;
}
