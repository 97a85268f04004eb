// A read card (vcard-lines.ts) as jCard, the way ICAL.parse would make it of the card's text, without
// writing that text and parsing it again: the properties are already split into name, group, parameters
// and value. The value semantics stay ical.js's own (its design sets and value parsers are called as its
// parser calls them); only the line and parameter splitting is done here. Properties fromJCard never
// reads are left out. vcard-jcard.test.ts holds this to ICAL.parse on every corpus card.
import ICAL from 'ical.js';
import type { CardProperty, ReadCard } from './vcard-lines';

/** A card as jCard (RFC 7095): what ical.js's parser makes of it, and what `fromJCard` reads. */
export type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];
export type JCard = ['vcard', JCardProperty[], unknown[]];

/** The properties fromJCard reads (lower case, as in jCard). */
export const READ_PROPERTIES: ReadonlySet<string> = new Set([
  'x-ablabel',
  'fn',
  'n',
  'nickname',
  'email',
  'tel',
  'adr',
  'org',
  'title',
  'role',
  'url',
  'x-socialprofile',
  'x-linkedin',
  'x-twitter',
  'note',
  'categories',
  'bday',
  'photo',
  'uid',
  'prodid',
  // vcard-related.ts: related people, other dates, Android's rows
  'x-abrelatednames',
  'related',
  'x-abdate',
  'anniversary',
  'x-android-custom',
]);

type DesignSet = ReturnType<typeof ICAL.design.getDesignSet>;

interface PropertyDesign {
  defaultType?: string;
  multiValue?: string;
  structuredValue?: string;
  detectType?: (value: string) => string;
}

// ICAL.parse reads VERSION:4.0 first and then keeps the vCard 4 design; any other card is read as 3.0.
const VCARD4: DesignSet = ICAL.design.getDesignSet('vcard');
const VCARD3: DesignSet = ICAL.design.getDesignSet('vcard3');

/** ical.js's RFC 6868 parameter escapes (^' ^n ^^). */
const RFC6868: Record<string, string> = { "^'": '"', '^n': '\n', '^^': '^' };
const rfc6868 = (v: string) => (v.includes('^') ? v.replace(/\^['n^]/g, (x) => RFC6868[x] ?? x) : v);

export function toJCard(card: ReadCard): JCard {
  const design = card.target === '4.0' ? VCARD4 : VCARD3;
  const props: JCardProperty[] = [];
  for (const p of card.properties) {
    const name = p.name.toLowerCase();
    if (READ_PROPERTIES.has(name)) props.push(toProperty(p, name, design));
  }
  return ['vcard', props, []];
}

function toProperty(p: CardProperty, name: string, design: DesignSet): JCardProperty {
  const params: Record<string, unknown> = {};
  let valueParam: string | undefined;
  for (const [key, raw] of p.params) {
    const lc = key.toLowerCase();
    const value = rfc6868(raw);
    if (lc === 'value') {
      valueParam = value;
      continue;
    }
    const paramDesign = (design.param as Record<string, { valueType?: string; multiValue?: string }>)[lc];
    const type = paramDesign?.valueType ?? 'text';
    params[lc] = paramDesign?.multiValue
      ? ICAL.parse._parseMultiValue(value, paramDesign.multiValue, type, [], '', design, false)
      : ICAL.parse._parseValue(value, type, design, false);
  }
  if (p.group) params.group = p.group.toLowerCase();

  const details = (design.property as Record<string, PropertyDesign>)[name];
  let valueType: string | undefined;
  if (p.value && details?.detectType) valueType = details.detectType(p.value);
  valueType ??= valueParam?.toLowerCase() ?? details?.defaultType ?? 'unknown';

  const multi = details?.multiValue;
  const structured = details?.structuredValue;
  if (multi && structured) {
    const v = ICAL.parse._parseMultiValue(p.value, structured, valueType, [], multi, design, structured);
    return [name, params, valueType, v];
  }
  if (multi) {
    const values: unknown[] = [];
    ICAL.parse._parseMultiValue(p.value, multi, valueType, values, '', design, false);
    return [name, params, valueType, ...values];
  }
  if (structured) {
    const v = ICAL.parse._parseMultiValue(p.value, structured, valueType, [], '', design, structured);
    return [name, params, valueType, v];
  }
  return [name, params, valueType, ICAL.parse._parseValue(p.value, valueType, design, false)];
}
