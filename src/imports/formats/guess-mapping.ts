// A column mapping guessed for a CSV that is none of the known exports: from each header (the synonym
// table in header-synonyms.ts) and from what the cells hold (a column of email addresses is emails,
// whatever its header). Pure; the user sees the guess and may correct it (web preview, CLI --dry-run).
import { isTitleBeforeName } from '../../domain/contact/courtesy-titles';
import { ADDRESS_FIELDS, type ColumnGuess, type ColumnMapping, MappingField, MULTI_FIELDS } from '../schema';
import { parseLooseDate } from './csv-format';
import {
  ADDRESS_WORDS,
  CUSTOM_FIELD_TYPES,
  DATE_TIME_WORDS,
  HEADER_CONNECTORS,
  HEADER_QUALIFIERS,
  HEADER_SYNONYMS,
  IDENTIFIER_SIGNS,
  IDENTIFIER_WORDS,
  MEETING_PLACES,
  MONTH_FIRST_DATE_HEADERS,
  OFFICE_WORDS,
  OTHER_PERSON_WORDS,
  PROGRAM_LINK_WORDS,
  SUBSCRIPTION_STATES,
} from './header-synonyms';
import { isKindMark } from './organisation-rows';

/** Case, accents, spaces and punctuation ignored: "E-Mail-Adresse" and "e mail adresse" are one name. */
export function normaliseHeader(header: string): string {
  return (
    header
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      // Turkish "ı" is "I" in capitals, which is "i" again; Greek writes σ as ς at the end of a word.
      .replace(/ı/g, 'i')
      .replace(/ς/g, 'σ')
      .replace(/[^\p{L}\p{N}]+/gu, '')
  );
}

/** The header's words: split at spaces, punctuation, camelCase and letter–digit boundaries. */
function headerWords(header: string): string[] {
  return (
    header
      // "POCity" (Xero) is "PO City": a run of capitals ends where a capitalised word starts.
      .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4')
      .split(/[^\p{L}\p{N}]+/u)
      .map(normaliseHeader)
      .filter(Boolean)
      .flatMap(withoutAffixes)
  );
}

/** Scripts that write a qualifier onto the word it qualifies: "会社電話", "办公电话", "집전화". */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const AFFIXES = HEADER_QUALIFIERS.map(normaliseHeader).filter((q) => UNSPACED.test(q));

/** A word of such a script with a qualifier written onto its start or end, as two words. */
function withoutAffixes(word: string): string[] {
  if (!UNSPACED.test(word)) return [word];
  for (const q of AFFIXES) {
    if (word.length <= q.length) continue;
    if (word.startsWith(q)) return [q, ...withoutAffixes(word.slice(q.length))];
    if (word.endsWith(q)) return [...withoutAffixes(word.slice(0, -q.length)), q];
  }
  return [word];
}

/** An English plural as its singular ("Organizations", "Job Titles", folk's "companies"), else the word. */
function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

const CONNECTORS = new Set(HEADER_CONNECTORS.map(normaliseHeader));
const QUALIFIERS = new Set(HEADER_QUALIFIERS.map(normaliseHeader));
const IDENTIFIERS = new Set(IDENTIFIER_WORDS.map(normaliseHeader));
const DATES_AND_TIMES = new Set(DATE_TIME_WORDS.map(normaliseHeader));
const OTHER_PERSON = new Set(OTHER_PERSON_WORDS.map(normaliseHeader));
const ADDRESS = new Set(ADDRESS_WORDS.map(normaliseHeader));
const PROGRAM_LINK = new Set(PROGRAM_LINK_WORDS.map(normaliseHeader));
const MONTH_FIRST = new Set(MONTH_FIRST_DATE_HEADERS.map(normaliseHeader));

/** The header's words without the small words that join them ("País o región" → "pais region"). */
const withoutConnectors = (words: readonly string[]) => words.filter((w) => !CONNECTORS.has(w));

const BY_NAME: ReadonlyMap<string, MappingField> = (() => {
  const map = new Map<string, MappingField>();
  for (const field of MappingField.options) {
    for (const synonym of HEADER_SYNONYMS[field] ?? []) {
      // The first field to claim a name keeps it, so the table reads top to bottom.
      for (const key of [normaliseHeader(synonym), withoutConnectors(headerWords(synonym)).join('')]) {
        if (key && !map.has(key)) map.set(key, field);
      }
    }
  }
  return map;
})();

/** Qualifiers a header may write onto the word it qualifies, in capitals: Salesforce Data Loader's "MAILINGCITY". */
const GLUED = [...QUALIFIERS].filter((q) => q.length >= 4 && /^[a-z]+$/.test(q));

/** A word that is a qualifier written onto a name the table knows ("mailingcity"), as the two words. */
function unglued(word: string): string[] {
  for (const q of GLUED) {
    if (word.length > q.length && word.startsWith(q) && BY_NAME.has(word.slice(q.length))) {
      return [q, word.slice(q.length)];
    }
  }
  return [word];
}

/** The header's words, a qualifier written onto a name taken apart. */
const wordsOf = (header: string) => headerWords(header).flatMap(unglued);

/**
 * Headers the table does not list but whose words say it ("Email (Work) #2", "Telefon geschäftlich 2"),
 * checked after the table; a header that names a type or label of such a column ("E-mail 1 - Label",
 * "Tipo de correo electrónico 2") is not the value. A header found only this way is a weaker guess,
 * which its cells may overrule (see fieldOf).
 */
const CONTAINS: [MappingField, RegExp][] = [
  ['linkedin', /linkedin/],
  // Not "mailing": Salesforce's "MAILINGSTATE" is part of the address.
  ['email', /e?mail(?!ing)|courriel|correo/],
  // Not "phonetic": Google's and Apple's "Phonetic First Name" is how a name sounds.
  ['phone', /phone(?!tic)|telef|telep|mobil|handy|celular|cellul|fax/],
  ['url', /website|webpage|homepage|webseite|url$/],
];
/** Words that make a header the label of another column: Google Contacts' "E-mail 1 - Label", "Etiqueta", "ラベル". */
const LABEL_WORDS = new Set(
  ['label', 'etiqueta', 'rótulo', 'etichetta', 'etykieta', 'etikett', 'ラベル', '레이블', '라벨'].map(
    normaliseHeader,
  ),
);
/** Words that make a header describe another column ("Phone 1 - Type", "E-mail 1 - Label"). */
const DESCRIBES_ANOTHER_COLUMN = new Set([
  ...['type', 'typ', 'kind', 'art', 'tipo'].map(normaliseHeader),
  ...LABEL_WORDS,
]);
/** Twenty's "Phones / Primary Phone Country Code": a part of a phone number ("+46"), no number of its own. */
const PART_OF_ANOTHER_COLUMN = new Set(['code']);

interface HeaderMatch {
  field: MappingField;
  /** Found by a word the header contains, not in the synonym table. */
  weak: boolean;
}

const isNumber = (w: string) => /^\p{N}+$/u.test(w);

/** Longer than any column name a program writes: a longer header names nothing, and is not split into words. */
const MAX_HEADER = 200;

/** What a header names: the whole header, then without numbers, then without qualifiers and connectors. */
const FIELD_TYPE_AFTER = new RegExp(`\\s*\\((?:${CUSTOM_FIELD_TYPES.join('|')})\\)\\s*$`, 'i');

function matchHeader(written: string): HeaderMatch | undefined {
  if (written.length > MAX_HEADER) return undefined;
  const header = written.replace(FIELD_TYPE_AFTER, '');
  const whole = normaliseHeader(header);
  if (!whole) return undefined;
  const words = wordsOf(header);
  // "住所 1 - ラベル" is the label of the address, though "ラベル" alone names tags.
  if (words.length > 1 && LABEL_WORDS.has(words.at(-1) ?? '')) return undefined;
  // Each word once: Shopify's "Default Address Address1" is an address.
  const coreWords = [...new Set(withoutConnectors(words).filter((w) => !QUALIFIERS.has(w) && !isNumber(w)))];
  const core = coreWords.join('');
  const part = coreWords.filter((w) => !ADDRESS.has(w)).join('');
  const singularCore = coreWords.map(singular).join('');
  for (const key of [whole, whole.replace(/\p{N}+/gu, ''), core, part, singularCore]) {
    const field = key ? BY_NAME.get(key) : undefined;
    if (field) return { field, weak: false };
  }
  const named = words.filter((w) => !isNumber(w));
  if (
    DESCRIBES_ANOTHER_COLUMN.has(named[0] ?? '') ||
    DESCRIBES_ANOTHER_COLUMN.has(named.at(-1) ?? '') ||
    PART_OF_ANOTHER_COLUMN.has(named.at(-1) ?? '')
  )
    return undefined;
  const field = CONTAINS.find(([, re]) => re.test(whole))?.[0];
  return field ? { field, weak: true } : undefined;
}

/**
 * Which of several addresses a column is part of: its qualifiers ("homeCity" and "Home Country" are
 * "home", "City" and "Address Line 2" are ""), so that a row's home and work addresses stay apart. Numbers
 * are left out: "Street address line 1 - Home" and "City - Home" are one address.
 */
export function addressOfColumn(header: string): string {
  if (header.length > MAX_HEADER) return '';
  return [...new Set(wordsOf(header).filter((w) => QUALIFIERS.has(w)))].join(' ');
}

/** What a header names, or undefined. */
export function fieldForHeader(header: string): MappingField | undefined {
  return matchHeader(header)?.field;
}

/**
 * Whether a header names an identifier ("Record ID", "Order #") or a date or time ("createdAt"), whose
 * digits are no phone number.
 */
function namesNoPhone(header: string): boolean {
  if (header.length > MAX_HEADER) return false;
  return (
    IDENTIFIER_SIGNS.some((sign) => header.includes(sign)) ||
    headerWords(header).some((w) => IDENTIFIERS.has(w) || DATES_AND_TIMES.has(w))
  );
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
/** The address of "Jane Doe <jane@x.com>"; any other value as it is. */
const addressIn = (v: string) => /^[^<>]*<([^<>]*)>$/.exec(v)?.[1] ?? v;
const URL = /^(https?:\/\/|www\.)[^\s]+$/i;
/** The web address of a picture (lemlist's "picture", an avatar): no website of the person. */
const PICTURE = /\.(jpe?g|png|gif|webp|svg|bmp|heic|avif)([?#][^\s]*)?$/i;
const LINKEDIN = /linkedin\.com\//i;
/**
 * A LinkedIn page that is no person's profile: a company's, a school's, or a Sales Navigator lead's
 * (which only its subscriber can open). Sales Navigator lists put "Company LinkedIn URL" before the
 * person's "Profile URL"; taken as the profile, it would give everyone at a company the company's page.
 */
const LINKEDIN_NOT_A_PROFILE = /linkedin\.com\/(company|school|showcase|sales)\//i;
const PHONE = /^\+?[\d\s().\-/]+$/;

/** An IPv4 address ("203.0.113.10", a mailing tool's sign-up address): digits and dots, no phone. */
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isPhoneLike(v: string): boolean {
  if (!PHONE.test(v) || IPV4.test(v)) return false;
  const digits = v.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15 && !parseLooseDate(v);
}

/** Cells looked at per column: enough to tell, few enough to cost nothing on a large file. */
const SAMPLE_VALUES = 100;
/** Longer than any email address, phone number or ordinary web address. */
const MAX_VALUE = 2048;
/** The share of a column's values that must be of one kind for the cells to decide. */
const MOSTLY = 0.8;

type Content = 'email' | 'phone' | 'url' | 'linkedin' | 'prefix';

const IS: Record<Content, (v: string) => boolean> = {
  email: (v) => v.split(/[;,]|:::/).every((part) => EMAIL.test(addressIn(part.trim()))),
  url: (v) => (URL.test(v) && !PICTURE.test(v)) || LINKEDIN.test(v),
  linkedin: (v) => LINKEDIN.test(v),
  phone: isPhoneLike,
  prefix: isTitleBeforeName,
};

/** The first non-empty cells of a column, trimmed. */
function sampleOf(values: readonly string[]): string[] {
  return values
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, SAMPLE_VALUES);
}

/** The share of cells of one kind. No contact value is longer than MAX_VALUE; a longer cell is none of
 * them, and is not run through the patterns (the email one takes time in the square of a run of dots). */
function shareOf(cells: readonly string[], kind: Content): number {
  return cells.filter((v) => v.length <= MAX_VALUE && IS[kind](v)).length / cells.length;
}

/** What most of a column's non-empty cells are, if they are mostly one kind of contact value. */
export function contentOf(values: readonly string[]): Content | undefined {
  const cells = sampleOf(values);
  if (cells.length === 0) return undefined;
  if (shareOf(cells, 'email') >= MOSTLY) return 'email';
  if (shareOf(cells, 'url') >= MOSTLY) return shareOf(cells, 'linkedin') >= MOSTLY ? 'linkedin' : 'url';
  if (shareOf(cells, 'phone') >= MOSTLY) return 'phone';
  if (shareOf(cells, 'prefix') >= MOSTLY) return 'prefix';
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
  birthYear: 'year of birth',
  birthMonth: 'month of birth',
  birthDay: 'day of birth',
  connectedOn: 'connected-on date',
  kind: 'person or organisation',
};

const IDENTIFYING: readonly MappingField[] = ['name', 'firstName', 'lastName', 'email', 'phone', 'company'];

/** Whether a mapping names at least one column that can identify a person. */
export function isUsableMapping(mapping: ColumnMapping): boolean {
  return IDENTIFYING.some((f) => mapping[f] !== undefined);
}

/** Fields a header may only weakly name that its cells can disprove (an email column holds addresses). */
const PROVABLE: readonly Content[] = ['email', 'url', 'linkedin'];

function fieldOf(header: string, values: readonly string[]): { field?: MappingField; reason: string } {
  const match = matchHeader(header);
  const byName = match?.field;
  // "Contact Owner" holds the address of the program's user: the cells say email, the header says whose.
  if ((!match || match.weak) && headerWords(header).some((w) => OTHER_PERSON.has(w)))
    return { reason: 'names someone other than the contact' };
  const cells = sampleOf(values);
  if (cells.length > 0 && cells.filter((v) => LINKEDIN_NOT_A_PROFILE.test(v)).length / cells.length >= MOSTLY)
    return { reason: 'values are LinkedIn pages of companies or Sales Navigator leads, not profiles' };
  // Calendly's "Location" is the meeting's: "Zoom", a video link, the number to call.
  if (
    byName === 'location' &&
    cells.length > 0 &&
    cells.filter(isMeetingPlace).length / cells.length >= MOSTLY
  )
    return {
      reason:
        'values are where a meeting is held (a video call, a link, a phone number), not where the person is',
    };
  const content = contentOf(values);
  if (content === 'url' && headerWords(header).some((w) => PROGRAM_LINK.has(w)))
    return { reason: "values are the program's links (a QR code, a ticket), not the person's website" };
  if (content === 'email' || content === 'url' || content === 'linkedin') {
    return { field: content, reason: byName === content ? 'header' : `values are ${CONTENT_WORDS[content]}` };
  }
  if (content === 'phone' && !(byName && DIGIT_FIELDS.includes(byName)) && !namesNoPhone(header))
    return { field: 'phone', reason: byName === 'phone' ? 'header' : `values are ${CONTENT_WORDS.phone}` };
  // Outlook's "Title" (and its "Titre", "Tratamiento") is the courtesy title, not the job.
  if (content === 'prefix' && (byName === undefined || byName === 'title' || byName === 'prefix'))
    return { field: 'prefix', reason: byName === 'prefix' ? 'header' : `values are ${CONTENT_WORDS.prefix}` };
  // "E-Mail: Angezeigter Name", "Email Opt Out": a word says email, the cells say otherwise.
  // German Thunderbird's "Geburtstag" beside "Geburtsjahr" and "Geburtsmonat": days of a month.
  if (byName === 'birthday' && cells.length > 0 && cells.every(isDayOfMonth))
    return { field: 'birthDay', reason: 'values are days of a month' };
  if (match?.weak && byName && isProvable(byName) && cells.length > 0 && shareOf(cells, byName) < 0.5)
    return { reason: `values are not ${CONTENT_WORDS[byName]}` };
  if (byName === 'region' && cells.length > 0 && cells.every((v) => SUBSCRIPTION_STATE.has(v.toLowerCase())))
    return { reason: 'values are subscription states, not regions' };
  // "Type" and "Kind" name many things; only a column of person-or-organisation marks is taken as one.
  if (byName === 'kind' && !(cells.length > 0 && cells.every(isKindMark)))
    return { reason: 'values do not say person or organisation' };
  // Help desks and CRMs export the person's access to the program as "role" ("end-user", "agent"): that is
  // no job, and as one it would title every contact "end-user".
  if (byName === 'title' && cells.length > 0 && cells.every(isAccountRole))
    return { reason: 'values are account roles in the program, not job titles' };
  return byName ? { field: byName, reason: 'header' } : { reason: 'not recognised' };
}

/**
 * Roles a program gives the people in it. Words that are also jobs ("owner", "editor", "manager") are not
 * here: a column of them could be job titles.
 */
const ACCOUNT_ROLES = new Set([
  'end-user',
  'end user',
  'enduser',
  'agent',
  'light agent',
  'admin',
  'administrator',
  'user',
  'guest',
  'member',
  'viewer',
  'customer',
  'lead',
  'subscriber',
  'visitor',
  'contact',
]);
const isAccountRole = (v: string) => ACCOUNT_ROLES.has(v.toLowerCase().replace(/\s+/g, ' '));

const SUBSCRIPTION_STATE = new Set(SUBSCRIPTION_STATES);

const MEETING_PLACE = new Set(MEETING_PLACES);
const isMeetingPlace = (v: string) =>
  (v.length <= MAX_VALUE && (URL.test(v) || isPhoneLike(v))) ||
  MEETING_PLACE.has(v.toLowerCase().replace(/\s+/g, ' '));

const OFFICE = new Set(OFFICE_WORDS.map(normaliseHeader));
/**
 * Outlook's "Office Location" and Entra's "officeLocation" name a room or a building of the company
 * ("18/2111", "DUB-2.14"): beside the address's own town and country, they are not where the person is.
 */
function officeBesideAddress(mapping: ColumnMapping): string | undefined {
  const column = mapping.location;
  if (typeof column !== 'string' || !(mapping.city || mapping.region || mapping.country)) return undefined;
  return headerWords(column).some((w) => OFFICE.has(w)) ? column : undefined;
}

const isDayOfMonth = (v: string) => /^\d{1,2}$/.test(v) && +v >= 1 && +v <= 31;

const isProvable = (field: MappingField): field is 'email' | 'url' | 'linkedin' =>
  PROVABLE.some((c) => c === field);

const CONTENT_WORDS: Record<Content, string> = {
  email: 'email addresses',
  phone: 'phone numbers',
  url: 'web addresses',
  linkedin: 'LinkedIn profiles',
  prefix: 'courtesy titles',
};

/**
 * How the dates of a birthday column are ordered when written with slashes: day first when one of
 * them can only be read so ("23/11/1986"), month first when one can only be read that way ("7/19/85");
 * else by the header: US exports (English headers) write the month first, the rest of the world the day.
 */
export function dateOrderOf(header: string, values: readonly string[]): 'dmy' | 'mdy' {
  for (const v of sampleOf(values)) {
    const m = /^(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(v);
    if (!m) continue;
    if (+m[1]! > 12 && +m[2]! <= 12) return 'dmy';
    if (+m[2]! > 12 && +m[1]! <= 12) return 'mdy';
  }
  return MONTH_FIRST.has(normaliseHeader(header)) ? 'mdy' : 'dmy';
}

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
      // An address part in one column stays one column, as a single-valued field is written.
      const one = ADDRESS_FIELDS.includes(field) ? column : [column];
      mapping[field] = cur === undefined ? one : [...(Array.isArray(cur) ? cur : [cur]), column];
      return { column, field, reason };
    }
    const first = taken.get(field);
    if (first !== undefined)
      return { column, field: null, reason: `“${first}” is already the ${FIELD_WORDS[field]}` };
    taken.set(field, column);
    mapping[field] = column;
    return { column, field, reason };
  });
  const office = officeBesideAddress(mapping);
  if (office === undefined) return { mapping, columns };
  delete mapping.location;
  return {
    mapping,
    columns: columns.map((c) =>
      c.column === office
        ? {
            column: c.column,
            field: null,
            reason: 'names an office of the company; the location is the address’s town',
          }
        : c,
    ),
  };
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
