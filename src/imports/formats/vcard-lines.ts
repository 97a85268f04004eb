// The line level of vCard files: splits a file into cards with their line numbers, unfolds lines, and
// rewrites what ical.js's value parsers do not read (vCard 2.1 QUOTED-PRINTABLE with soft line breaks and
// CHARSET, bare parameters such as `TEL;HOME;VOICE`, base64 blocks ended by a blank line) into properties
// (readCard). Values stay as they are otherwise: unescaping and structured values are ical.js's job
// (vcard-jcard.ts). normaliseCard writes the same properties out as a card's text, for ICAL.parse as the
// reference in tests.
import { decodeCharset } from '../decode';
import { isCardMarker } from './vcard-markers';

export interface CardChunk {
  /** 1-based line numbers of BEGIN:VCARD and END:VCARD. */
  start: number;
  end: number;
  lines: string[];
}

export type Chunk =
  | { kind: 'card'; card: CardChunk }
  | { kind: 'error'; lines: [number, number]; errors: string[] };

/** Splits a file into cards, and reports text that is outside any card or a card that never ends. */
export function splitCards(text: string): Chunk[] {
  const steps = cardSplitter(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lines cardSplitter reads between two pauses. */
const LINES_PER_STEP = 20_000;

/**
 * splitCards as steps: it pauses (yields) every LINES_PER_STEP lines so the server can let other work run
 * in between, and returns the chunks.
 */
export function* cardSplitter(text: string): Generator<void, Chunk[], void> {
  const lines = text.split(/\r\n|\n|\r/);
  const chunks: Chunk[] = [];
  let card: CardChunk | undefined;
  let nested = 0;
  let stray: [number, number] | undefined;
  const flushStray = () => {
    if (!stray) return;
    const [a, b] = stray;
    chunks.push({
      kind: 'error',
      lines: stray,
      errors: [
        `${a === b ? `Line ${a} is` : `Lines ${a}–${b} are`} outside any BEGIN:VCARD … END:VCARD block`,
      ],
    });
    stray = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    if (i % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    const line = lines[i]!;
    const no = i + 1;
    if (!card) {
      if (isCardMarker(line, 'begin')) {
        flushStray();
        card = { start: no, end: no, lines: [] };
      } else if (line.trim() !== '') {
        stray = stray ? [stray[0], no] : [no, no];
      }
      continue;
    }
    if (isCardMarker(line, 'begin')) {
      // vCard 2.1 may embed a whole card in AGENT; anything else means the previous card never ended.
      if (/^(?:[\w-]+\.)?agent[;:]/i.test(card.lines.at(-1) ?? '')) {
        nested++;
        card.lines.push(line);
        continue;
      }
      chunks.push(unterminated(card, no - 1));
      card = { start: no, end: no, lines: [] };
      continue;
    }
    if (isCardMarker(line, 'end')) {
      if (nested > 0) {
        nested--;
        card.lines.push(line);
        continue;
      }
      card.end = no;
      chunks.push({ kind: 'card', card });
      card = undefined;
      continue;
    }
    card.lines.push(line);
  }
  if (card) chunks.push(unterminated(card, lines.length));
  flushStray();
  return chunks;
}

function unterminated(card: CardChunk, last: number): Chunk {
  return {
    kind: 'error',
    lines: [card.start, Math.max(card.start, last)],
    errors: [`The card starting at line ${card.start} has no END:VCARD, so it was not imported`],
  };
}

interface LogicalLine {
  no: number;
  text: string;
}

const QP = /(^|;)\s*(encoding\s*=\s*)?quoted-printable\s*(;|:|$)/i;
const BINARY = /(^|;)\s*(encoding\s*=\s*)?(base64|b)\s*(;|:|$)/i;

/**
 * A logical line being built from its physical lines, each piece read once: whether its parameters say
 * QUOTED-PRINTABLE or base64 is worked out when its first unquoted colon arrives. (Re-reading the growing
 * line for every continuation took time in the square of its length.)
 */
class LineBuilder {
  readonly #parts: string[] = [];
  #length = 0;
  #quoted = false;
  #found = false;
  qp = false;
  binary = false;

  constructor(readonly no: number) {}

  add(piece: string): void {
    this.#parts.push(piece);
    if (this.#found) return;
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i];
      if (c === '"') this.#quoted = !this.#quoted;
      else if (c === ':' && !this.#quoted) {
        const head = this.#parts.join('').slice(0, this.#length + i);
        this.#found = true;
        this.qp = QP.test(head);
        this.binary = BINARY.test(head);
        return;
      }
    }
    this.#length += piece.length;
  }

  /** A QUOTED-PRINTABLE soft line break: the line ends with "=" and goes on on the next. */
  dropSoftBreak(): boolean {
    const last = this.#parts.at(-1);
    if (!this.qp || !last?.endsWith('=')) return false;
    this.#parts[this.#parts.length - 1] = last.slice(0, -1);
    return true;
  }

  done(): LogicalLine {
    return { no: this.no, text: this.#parts.join('') };
  }
}

/** Unfolds RFC folding, QUOTED-PRINTABLE soft line breaks and 2.1 base64 blocks into logical lines. */
export function unfold(lines: string[], firstLineNo: number): LogicalLine[] {
  const out: LogicalLine[] = [];
  let cur: LineBuilder | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (cur?.dropSoftBreak()) {
      cur.add(raw);
      continue;
    }
    if (raw.trim() === '') continue;
    if (cur && (raw[0] === ' ' || raw[0] === '\t')) {
      cur.add(cur.binary ? raw.trim() : raw.slice(1));
      continue;
    }
    if (cur?.binary && /^[A-Za-z0-9+/]+=*$/.test(raw)) {
      cur.add(raw);
      continue;
    }
    if (cur) out.push(cur.done());
    cur = new LineBuilder(firstLineNo + i);
    cur.add(raw);
  }
  if (cur) out.push(cur.done());
  return out;
}

/** Index of the colon that ends the name and parameters (colons inside quoted parameters do not count). */
function headEnd(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i;
  }
  return -1;
}

interface Property {
  group: string;
  name: string;
  params: [string, string | null][];
  value: string;
}

const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;

export function parseLine(line: string): Property | undefined {
  const colon = headEnd(line);
  if (colon < 0) return undefined;
  const head = line.slice(0, colon);
  const parts = splitParams(head);
  const m = NAME.exec(parts[0]!.trim());
  if (!m) return undefined;
  const params: [string, string | null][] = [];
  for (const p of parts.slice(1)) {
    const eq = p.indexOf('=');
    if (eq < 0) params.push([p.trim(), null]);
    else params.push([p.slice(0, eq).trim(), p.slice(eq + 1).trim()]);
  }
  return { group: m[1] ?? '', name: m[2]!.toUpperCase(), params, value: line.slice(colon + 1) };
}

function splitParams(head: string): string[] {
  // Most heads quote nothing, and then every semicolon separates.
  if (!head.includes('"')) return head.split(';');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of head) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Decodes QUOTED-PRINTABLE into bytes; a stray "=" that starts no escape is kept as is. */
export function decodeQuotedPrintable(value: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === '=' && (value[i + 1] === '\r' || value[i + 1] === '\n')) {
      i += value[i + 1] === '\r' && value[i + 2] === '\n' ? 2 : 1;
    } else {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}

/** vCard 3.0/4.0 text escaping of what QUOTED-PRINTABLE decoding produced (backslashes and line breaks). */
export function escapeDecoded(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n');
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);
const VALUE_KINDS = new Set(['URL', 'URI', 'INLINE', 'CID', 'CONTENT-ID']);
// X-APPLE-OMIT-YEAR names the placeholder year of a birthday Apple stores without one.
const KEPT_PARAMS = new Set(['TYPE', 'PREF', 'VALUE', 'MEDIATYPE', 'X-APPLE-OMIT-YEAR']);
/** Binary properties Linchpin never uses; dropping them early saves parsing megabytes of base64. */
const UNUSED_BINARY = new Set(['LOGO', 'SOUND', 'KEY']);

/** A property as rewritten for the parser: upper-case name, the parameters kept (in order), the value. */
export interface CardProperty {
  group: string;
  name: string;
  params: [string, string][];
  value: string;
}

export interface ReadCard {
  /** "4.0" or "3.0": the version the properties are read as. */
  target: '4.0' | '3.0';
  /** What the card's VERSION said. */
  version: string;
  properties: CardProperty[];
  warnings: string[];
}

/** Rewrites one card's lines into properties. Unreadable lines are dropped with a warning naming their line. */
export function readCard(card: CardChunk, opts: { keepPhotos: boolean }): ReadCard {
  const warnings: string[] = [];
  const properties: CardProperty[] = [];
  let version = '';
  for (const { no, text } of unfold(card.lines, card.start + 1)) {
    const prop = parseLine(text);
    if (!prop) {
      warnings.push(`Line ${no}: "${text.slice(0, 40)}" is not a vCard property; ignored`);
      continue;
    }
    if (prop.name === 'VERSION') {
      version = prop.value.trim();
      continue;
    }
    if (prop.name === 'BEGIN' || prop.name === 'END' || prop.name === 'AGENT') continue;
    const rewritten = rewrite(prop, opts, no, warnings);
    if (rewritten !== undefined) properties.push(rewritten);
  }
  return { target: version.startsWith('4') ? '4.0' : '3.0', version, properties, warnings };
}

export interface NormalisedCard {
  /** A vCard 3.0 or 4.0 that ical.js reads. */
  text: string;
  version: string;
  warnings: string[];
}

/** readCard as the text of a vCard 3.0 or 4.0 (what ical.js is given where it is the reference). */
export function normaliseCard(card: CardChunk, opts: { keepPhotos: boolean }): NormalisedCard {
  const { target, version, properties, warnings } = readCard(card, opts);
  const lines = properties.map((p) => {
    const name = p.group ? `${p.group}.${p.name}` : p.name;
    return `${[name, ...p.params.map(([k, v]) => `${k}=${v}`)].join(';')}:${p.value}`;
  });
  return {
    text: ['BEGIN:VCARD', `VERSION:${target}`, ...lines, 'END:VCARD', ''].join('\r\n'),
    version,
    warnings,
  };
}

function rewrite(
  prop: Property,
  opts: { keepPhotos: boolean },
  no: number,
  warnings: string[],
): CardProperty | undefined {
  let encoding = '';
  let charset: string | undefined;
  const types: string[] = [];
  const kept: [string, string][] = [];
  for (const [rawKey, rawVal] of prop.params) {
    const key = rawKey.toUpperCase();
    const val = rawVal === null ? null : unquote(rawVal);
    if (val === null) {
      const bare = key;
      if (ENCODINGS.has(bare)) encoding = bare;
      else if (VALUE_KINDS.has(bare)) kept.push(['VALUE', 'uri']);
      else if (bare === 'PREF') types.push('pref');
      else if (bare) types.push(bare.toLowerCase());
      continue;
    }
    if (key === 'ENCODING') encoding = val.toUpperCase();
    else if (key === 'CHARSET') charset = val;
    else if (key === 'TYPE')
      types.push(
        ...val
          .split(',')
          .map((t) => t.trim().toLowerCase())
          .filter(Boolean),
      );
    else if (key === 'VALUE') {
      if (VALUE_KINDS.has(val.toUpperCase())) kept.push(['VALUE', 'uri']);
      else if (/^[A-Za-z-]+$/.test(val)) kept.push(['VALUE', val.toLowerCase()]);
    } else if (KEPT_PARAMS.has(key) && /^[^";:,]*$/.test(val)) kept.push([key, val]);
  }

  let value = prop.value;
  const binary = encoding === 'BASE64' || encoding === 'B';
  if (binary || prop.name === 'PHOTO') {
    if (UNUSED_BINARY.has(prop.name)) return undefined;
    if (prop.name === 'PHOTO' && !opts.keepPhotos) return undefined;
  }
  if (encoding === 'QUOTED-PRINTABLE') {
    value = escapeDecoded(decodeCharset(decodeQuotedPrintable(value), charset));
  }
  if (binary) {
    value = value.replace(/\s+/g, '');
    kept.unshift(['ENCODING', 'b']);
    if (!/^[A-Za-z0-9+/]*=*$/.test(value)) {
      warnings.push(`Line ${no}: ${prop.name} is not valid base64; ignored`);
      return undefined;
    }
  }
  if (types.length) {
    const uniqueTypes = [...new Set(types)].filter((t) => /^[a-z0-9-]+$/.test(t));
    if (uniqueTypes.length) kept.push(['TYPE', uniqueTypes.join(',')]);
  }
  return { group: prop.group, name: prop.name, params: kept, value };
}

function unquote(v: string): string {
  return v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
}
