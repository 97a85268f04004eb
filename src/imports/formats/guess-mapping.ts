// A column mapping guessed for a CSV that is none of the known exports: from each header (the synonym
// table in header-synonyms.ts) and from what the cells hold (a column of email addresses is emails,
// whatever its header). Pure; the user sees the guess and may correct it (web preview, CLI --dry-run).
import { type ColumnGuess, type ColumnMapping, MappingField, MULTI_FIELDS } from '../schema';
import { parseLooseDate } from './csv-format';
import { HEADER_QUALIFIERS, HEADER_SYNONYMS } from './header-synonyms';

/** Case, accents, spaces and punctuation ignored: "E-Mail-Adresse" and "e mail adresse" are one name. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The header's words: split at spaces, punctuation, camelCase and letter–digit boundaries. */
function headerWords(header: string): string[] {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4')
    .split(/[^\p{L}\p{N}]+/u)
    .map(normaliseHeader)
    .filter(Boolean);
}

const BY_NAME: ReadonlyMap<string, MappingField> = (() => {
  const map = new Map<string, MappingField>();
  for (const field of MappingField.options) {
    for (const synonym of HEADER_SYNONYMS[field] ?? []) {
      const key = normaliseHeader(synonym);
      // The first field to claim a name keeps it, so the table reads top to bottom.
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
})();
const QUALIFIERS = new Set(HEADER_QUALIFIERS.map(normaliseHeader));

/**
 * Headers the table does not list but whose words say it ("Email (Work) #2", "Telefon geschäftlich 2"),
 * checked after the table; a header that names a type or label of such a column ("E-mail 1 - Label")
 * is not the value.
 */
const CONTAINS: [MappingField, RegExp][] = [
  ['linkedin', /linkedin/],
  ['email', /e?mail|courriel|correo/],
  ['phone', /phone|telef|telep|mobil|handy|celular|cellul|fax/],
  ['url', /website|webpage|homepage|webseite|url$/],
];
const DESCRIBES_ANOTHER_COLUMN = new Set(['label', 'type', 'typ', 'kind', 'art', 'tipo']);

/** What a header names, or undefined: the whole header, then without numbers, then without qualifiers. */
export function fieldForHeader(header: string): MappingField | undefined {
  const whole = normaliseHeader(header);
  if (!whole) return undefined;
  const words = headerWords(header);
  const core = words.filter((w) => !QUALIFIERS.has(w) && !/^\p{N}+$/u.test(w)).join('');
  for (const key of [whole, whole.replace(/\p{N}+/gu, ''), core]) {
    const field = key ? BY_NAME.get(key) : undefined;
    if (field) return field;
  }
  if (DESCRIBES_ANOTHER_COLUMN.has(words.at(-1) ?? '')) return undefined;
  return CONTAINS.find(([, re]) => re.test(whole))?.[0];
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const URL = /^(https?:\/\/|www\.)[^\s]+$/i;
const LINKEDIN = /linkedin\.com\//i;
const PHONE = /^\+?[\d\s().\-/]+$/;

function isPhoneLike(v: string): boolean {
  if (!PHONE.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 && !parseLooseDate(v);
}

/** Cells looked at per column: enough to tell, few enough to cost nothing on a large file. */
const SAMPLE_VALUES = 100;
/** Longer than any email address, phone number or ordinary web address. */
const MAX_VALUE = 2048;
/** The share of a column's values that must be of one kind for the cells to decide. */
const MOSTLY = 0.8;

type Content = 'email' | 'phone' | 'url' | 'linkedin';

/** What most of a column's non-empty cells are, if they are mostly one kind of contact value. */
export function contentOf(values: readonly string[]): Content | undefined {
  const cells = values
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, SAMPLE_VALUES);
  if (cells.length === 0) return undefined;
  // No contact value is longer; a longer cell is none of them, and is not run through the patterns
  // (the email one takes time in the square of a long run of dots).
  const share = (test: (v: string) => boolean) =>
    cells.filter((v) => v.length <= MAX_VALUE && test(v)).length / cells.length;
  if (share((v) => v.split(/[;,]|:::/).every((part) => EMAIL.test(part.trim()))) >= MOSTLY) return 'email';
  if (share((v) => URL.test(v) || LINKEDIN.test(v)) >= MOSTLY)
    return share((v) => LINKEDIN.test(v)) >= MOSTLY ? 'linkedin' : 'url';
  if (share(isPhoneLike) >= MOSTLY) return 'phone';
  return undefined;
}

/** Fields whose values look like phone numbers without being any (a postcode, a date). */
const DIGIT_FIELDS: readonly MappingField[] = ['phone', 'postalCode', 'birthday', 'connectedOn'];

export interface MappingGuess {
  mapping: ColumnMapping;
  columns: ColumnGuess[];
}

/** Fields in words, for the reasons a column is left out. */
export const FIELD_WORDS: Record<MappingField, string> = {
  name: 'full name',
  firstName: 'first name',
  middleName: 'middle name',
  lastName: 'last name',
  prefix: 'name prefix',
  suffix: 'name suffix',
  nickname: 'nickname',
  email: 'email',
  phone: 'phone',
  company: 'company',
  department: 'department',
  title: 'job title',
  location: 'location',
  street: 'street',
  city: 'city',
  region: 'region',
  postalCode: 'postal code',
  country: 'country',
  url: 'website',
  linkedin: 'LinkedIn profile',
  notes: 'notes',
  tags: 'tags',
  birthday: 'birthday',
  connectedOn: 'connected-on date',
};

const IDENTIFYING: readonly MappingField[] = ['name', 'firstName', 'lastName', 'email', 'phone', 'company'];

/** Whether a mapping names at least one column that can identify a person. */
export function isUsableMapping(mapping: ColumnMapping): boolean {
  return IDENTIFYING.some((f) => mapping[f] !== undefined);
}

function fieldOf(header: string, values: readonly string[]): { field?: MappingField; reason: string } {
  const byName = fieldForHeader(header);
  const content = contentOf(values);
  if (content === 'email' || content === 'url' || content === 'linkedin') {
    return { field: content, reason: byName === content ? 'header' : `values are ${CONTENT_WORDS[content]}` };
  }
  if (content === 'phone' && !(byName && DIGIT_FIELDS.includes(byName)))
    return { field: 'phone', reason: byName === 'phone' ? 'header' : `values are ${CONTENT_WORDS.phone}` };
  return byName ? { field: byName, reason: 'header' } : { reason: 'not recognised' };
}

const CONTENT_WORDS: Record<Content, string> = {
  email: 'email addresses',
  phone: 'phone numbers',
  url: 'web addresses',
  linkedin: 'LinkedIn profiles',
};

/**
 * The guessed mapping of a table: each column's field, from its header and its first cells. A field
 * that takes one column (the name, the city) goes to the first column that names it; the others are
 * left out and say which column is used instead.
 */
export function guessMapping(header: readonly string[], rows: readonly (readonly string[])[]): MappingGuess {
  const mapping: ColumnMapping = {};
  const taken = new Map<MappingField, string>();
  const seen = new Set<string>();
  const columns = header.map((column, i): ColumnGuess => {
    if (!column) return { column, field: null, reason: 'no header' };
    const key = column.toLowerCase();
    if (seen.has(key)) return { column, field: null, reason: 'a column of the same name comes first' };
    seen.add(key);
    const values: string[] = [];
    for (const row of rows) {
      const v = row[i];
      if (v?.trim()) values.push(v);
      if (values.length >= SAMPLE_VALUES) break;
    }
    const { field, reason } = fieldOf(column, values);
    if (!field) return { column, field: null, reason };
    if (MULTI_FIELDS.includes(field)) {
      const cur = mapping[field];
      mapping[field] = cur === undefined ? [column] : [...(Array.isArray(cur) ? cur : [cur]), column];
      return { column, field, reason };
    }
    const first = taken.get(field);
    if (first !== undefined)
      return { column, field: null, reason: `“${first}” is already the ${FIELD_WORDS[field]}` };
    taken.set(field, column);
    mapping[field] = column;
    return { column, field, reason };
  });
  return { mapping, columns };
}

/** A user's correction of a guess: this column holds this field (null: it is not imported). */
export interface ColumnCorrection {
  column: string;
  field: MappingField | null;
}

/**
 * The guessed mapping with the user's corrections applied: a corrected column holds what the user says;
 * a single-valued field the user gives to a column is taken from any column the guess had given it to.
 * Column names are matched without regard to case; a name the file does not have is kept, so that the
 * mapping's check names it.
 */
export function correctMapping(
  header: readonly string[],
  guess: ColumnMapping,
  corrections: readonly ColumnCorrection[],
): ColumnMapping {
  const choice = new Map<string, MappingField | null>(header.map((c) => [c, null]));
  for (const field of MappingField.options) {
    const cols = guess[field];
    for (const c of cols === undefined ? [] : Array.isArray(cols) ? cols : [cols]) choice.set(c, field);
  }
  for (const { column, field } of corrections) {
    const name = header.find((h) => h.toLowerCase() === column.toLowerCase()) ?? column;
    if (field && !MULTI_FIELDS.includes(field)) {
      for (const [c, f] of choice) if (f === field) choice.set(c, null);
    }
    choice.set(name, field);
  }
  const mapping: ColumnMapping = {};
  for (const [column, field] of choice) {
    if (!field) continue;
    if (!MULTI_FIELDS.includes(field)) mapping[field] = column;
    else {
      const cur = mapping[field];
      mapping[field] = cur === undefined ? [column] : [...(Array.isArray(cur) ? cur : [cur]), column];
    }
  }
  return mapping;
}
