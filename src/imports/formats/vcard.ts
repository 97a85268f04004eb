// vCard 2.1, 3.0 and 4.0: the line-level rewrite in vcard-lines.ts, the jCard (RFC 7095) of each card in
// vcard-jcard.ts (ical.js's value semantics without its line parser), and the mapping from jCard to a
// contact record here.

import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  type Address,
  type ContactRecord,
  emptyAddress,
  emptyRecord,
  type ParsedItem,
  type Photo,
  type Typed,
} from '../contact';
import { type JCard, toJCard } from './vcard-jcard';
import { type CardChunk, type Chunk, cardSplitter, readCard, splitCards } from './vcard-lines';
import { androidCustom, labelledNote } from './vcard-related';

export type { JCard, JCardProperty } from './vcard-jcard';

export interface VcardOptions {
  keepPhotos: boolean;
}

/** Lazily parses every card of a file; `total` counts cards and unreadable stretches. */
export function parseVcards(
  text: string,
  opts: VcardOptions,
): { total: number; items: Iterable<ParsedItem> } {
  return cardItems(splitCards(text), opts);
}

/** parseVcards for the server: the file is split into cards with turns of the event loop in between. */
export async function parseVcardsInSteps(
  text: string,
  opts: VcardOptions,
): Promise<{ total: number; items: Iterable<ParsedItem> }> {
  const steps = cardSplitter(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return cardItems(step.value, opts);
    await nextTurn();
  }
}

function cardItems(chunks: Chunk[], opts: VcardOptions): { total: number; items: Iterable<ParsedItem> } {
  return {
    total: chunks.length,
    items: (function* () {
      for (const chunk of chunks) {
        if (chunk.kind === 'error') {
          yield { ok: false, lines: chunk.lines, errors: chunk.errors };
          continue;
        }
        yield parseCard(chunk.card, opts);
      }
    })(),
  };
}

function parseCard(card: CardChunk, opts: VcardOptions): ParsedItem {
  const lines: [number, number] = [card.start, card.end];
  const read = readCard(card, opts);
  let jcard: JCard;
  try {
    jcard = toJCard(read);
  } catch (err) {
    return { ok: false, lines, errors: [`Lines ${card.start}–${card.end}: ${(err as Error).message}`] };
  }
  const record = fromJCard(jcard, lines);
  record.warnings.unshift(...read.warnings);
  return { ok: true, record };
}

const NOT_TYPES = new Set([
  'group',
  'encoding',
  'charset',
  'value',
  'pref',
  'label',
  'mediatype',
  'language',
]);

function typesOf(params: Record<string, unknown>): { types: string[]; pref: boolean } {
  const raw: string[] = [];
  const t = params.type;
  if (typeof t === 'string') raw.push(...t.split(','));
  else if (Array.isArray(t)) for (const x of t) raw.push(...String(x).split(','));
  // ical.js's 2.1 oracle keeps bare types as empty-valued parameters ({ home: "" }).
  for (const [k, v] of Object.entries(params)) if (v === '' && !NOT_TYPES.has(k)) raw.push(k);
  const types = raw.map((x) => x.trim().toLowerCase()).filter(Boolean);
  const pref = types.includes('pref') || params.pref !== undefined;
  return { types: [...new Set(types.filter((x) => x !== 'pref' && x !== 'internet'))], pref };
}

/** Apple's "_$!<Mobile>!$_" → "mobile"; custom labels are kept as written. */
export function abLabel(raw: string): string {
  const m = /^_\$!<(.*)>!\$_$/.exec(raw.trim());
  return m ? m[1]!.toLowerCase() : raw.trim();
}

/** One text out of ical.js's values: 3.0 splits unescaped commas into several values; join them back. */
function textOf(values: unknown[]): string {
  const [only] = values;
  // The common case, one text without escapes, as it is.
  if (values.length === 1 && typeof only === 'string' && !only.includes('\\')) return only;
  return values
    .map((v) => (Array.isArray(v) ? v.join(',') : String(v ?? '')))
    .join(',')
    .replace(/\\([;:,])/g, '$1');
}

function component(v: unknown, sep: string): string {
  if (Array.isArray(v))
    return v
      .map((x) => String(x ?? '').trim())
      .filter(Boolean)
      .join(sep);
  return String(v ?? '').trim();
}

function structured(values: unknown[]): unknown[] {
  const v = values[0];
  if (Array.isArray(v)) return v;
  // A structured value with a single component (or written without semicolons) arrives as text.
  return typeof v === 'string' ? v.split(';') : [];
}

/**
 * A birthday from BDAY. Apple writes a birthday without a year as the year it names in
 * X-APPLE-OMIT-YEAR (`BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12`): that year is no year.
 */
function toBirthday(v: string, params: Record<string, unknown>): string | undefined {
  const s = v.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(s);
  if (m && m[1] === String(params['x-apple-omit-year'] ?? '')) return `--${m[2]}-${m[3]}`;
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^--(\d{2})-?(\d{2})/.exec(s);
  if (m) return `--${m[1]}-${m[2]}`;
  return undefined;
}

const IMAGE_TYPES: Record<string, string> = {
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
};

function toPhoto(params: Record<string, unknown>, valueType: string, value: string): Photo | undefined {
  // Google writes `PHOTO:https://…` in 3.0 cards without VALUE=uri; a link is never base64.
  if (/^https?:\/\//i.test(value.trim())) return { kind: 'uri', uri: value.trim() };
  if (valueType === 'binary' || /^b(ase64)?$/i.test(String(params.encoding ?? ''))) {
    const { types } = typesOf(params);
    const mediaType =
      types.map((t) => IMAGE_TYPES[t.replace(/^image\//, '')]).find(Boolean) ?? 'application/octet-stream';
    return { kind: 'data', mediaType, data: Buffer.from(value.replace(/\s+/g, ''), 'base64') };
  }
  const m = /^data:([^;,]*)(;base64)?,(.*)$/is.exec(value.trim());
  if (m) {
    const data = m[2] ? Buffer.from(m[3]!, 'base64') : Buffer.from(decodeURIComponent(m[3]!), 'utf8');
    return { kind: 'data', mediaType: m[1]!.toLowerCase() || 'application/octet-stream', data };
  }
  if (/^https?:\/\//i.test(value.trim())) return { kind: 'uri', uri: value.trim() };
  return undefined;
}

/** Maps a parsed card (jCard) to a contact record. Also used on ical.js's expected-result files. */
export function fromJCard(jcard: JCard, lines: [number, number]): ContactRecord {
  const r = emptyRecord(lines);
  const props = jcard[1];
  const labels = new Map<string, string>();
  for (const [name, params, , ...values] of props) {
    if (name === 'x-ablabel' && typeof params.group === 'string')
      labels.set(params.group, abLabel(textOf(values)));
  }
  const typed = (params: Record<string, unknown>, value: string): Typed => {
    const { types, pref } = typesOf(params);
    const label = typeof params.group === 'string' ? labels.get(params.group) : undefined;
    return { value: value.trim(), types, pref, ...(label ? { label } : {}) };
  };

  const roles: string[] = [];
  const extras: string[] = [];
  for (const [name, params, valueType, ...values] of props) {
    switch (name) {
      case 'fn':
        if (!r.formattedName) r.formattedName = textOf(values).trim();
        break;
      case 'n': {
        const [family, given, middle, prefix, suffix] = structured(values);
        r.family = component(family, ' ');
        r.given = component(given, ' ');
        r.middle = component(middle, ' ');
        r.prefix = component(prefix, ' ');
        r.suffix = component(suffix, ', ');
        break;
      }
      case 'nickname':
        r.nicknames.push(
          ...textOf(values)
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
        break;
      case 'email':
        r.emails.push(typed(params, textOf(values)));
        break;
      case 'tel':
        r.phones.push(typed(params, textOf(values)));
        break;
      case 'adr': {
        const [poBox, extended, street, locality, region, postalCode, country] = structured(values);
        const { types } = typesOf(params);
        const label = typeof params.group === 'string' ? labels.get(params.group) : undefined;
        const a: Address = {
          ...emptyAddress(),
          types,
          ...(label ? { label } : {}),
          poBox: component(poBox, ', '),
          extended: component(extended, ', '),
          street: component(street, ', '),
          locality: component(locality, ', '),
          region: component(region, ', '),
          postalCode: component(postalCode, ', '),
          country: component(country, ', '),
        };
        r.addresses.push(a);
        break;
      }
      case 'org': {
        const parts = structured(values).map((p) => component(p, ', '));
        const [orgName = '', ...units] = parts;
        if (orgName || units.some(Boolean)) r.orgs.push({ name: orgName, units: units.filter(Boolean) });
        break;
      }
      case 'title':
      case 'role': {
        const t = textOf(values).trim();
        if (t) (name === 'title' ? r.titles : roles).push(t);
        break;
      }
      case 'url':
      case 'x-socialprofile':
      case 'x-linkedin':
      case 'x-twitter': {
        const u = typed(params, textOf(values));
        if (name !== 'url' && !u.label) u.label = u.types[0] ?? name.slice(2);
        r.urls.push(u);
        break;
      }
      case 'note': {
        const note = textOf(values);
        if (note.trim()) r.notes.push(note);
        break;
      }
      case 'categories':
        // ical.js splits the list on unescaped commas; an escaped one ("Work\, Friends") stays inside
        // its category (a tag cannot hold a comma: it becomes a space when the tags are made).
        for (const v of values) {
          const c = String(v).trim();
          if (c) r.categories.push(c);
        }
        break;
      case 'bday': {
        const b = toBirthday(textOf(values), params);
        if (b) r.birthday = b;
        else r.warnings.push(`Birthday "${textOf(values)}" is not a date; ignored`);
        break;
      }
      case 'photo': {
        if (r.photo) break;
        const photo = toPhoto(params, valueType, textOf(values));
        if (photo) r.photo = photo;
        break;
      }
      case 'uid':
        r.uid = textOf(values).trim();
        break;
      case 'x-abrelatednames':
      case 'related':
      case 'x-abdate':
      case 'anniversary': {
        const label = typeof params.group === 'string' ? labels.get(params.group) : undefined;
        const fallback = name === 'x-abdate' ? 'date' : name === 'anniversary' ? name : 'related';
        const note = labelledNote(label ?? typesOf(params).types[0], textOf(values), fallback);
        if (note) extras.push(note);
        break;
      }
      case 'x-android-custom': {
        const { nickname, note } = androidCustom(textOf(values));
        if (nickname) r.nicknames.push(nickname);
        if (note) extras.push(note);
        break;
      }
      case 'prodid':
        if (/\/\/Linchpin\/\//.test(textOf(values))) r.fromLinchpin = true;
        break;
    }
  }
  r.titles.push(...roles);
  if (extras.length) r.extras = extras;
  return r;
}
