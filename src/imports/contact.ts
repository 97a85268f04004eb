// The normalised contact every format parser produces, whatever the file looked like.

export interface Typed {
  value: string;
  /** Lower-case types from the file ("work", "cell", "home"), without "pref" or "internet". */
  types: string[];
  pref: boolean;
  /** A free label (Apple's X-ABLabel, Google's "E-mail 1 - Label" when it is not a type). */
  label?: string;
}

export interface Address {
  types: string[];
  label?: string;
  poBox: string;
  extended: string;
  street: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
}

export interface Organisation {
  name: string;
  units: string[];
}

export type Photo = { kind: 'data'; mediaType: string; data: Buffer } | { kind: 'uri'; uri: string };

export interface ContactRecord {
  /** 1-based physical lines of the file this record came from (inclusive). */
  lines: [number, number];
  formattedName: string;
  prefix: string;
  given: string;
  middle: string;
  family: string;
  suffix: string;
  nicknames: string[];
  emails: Typed[];
  phones: Typed[];
  orgs: Organisation[];
  titles: string[];
  addresses: Address[];
  /** A free-text location when the file has one ("Berlin, Germany"); otherwise taken from an address. */
  location: string;
  urls: Typed[];
  notes: string[];
  categories: string[];
  /** YYYY-MM-DD, or --MM-DD when the year is unknown. */
  birthday?: string;
  photo?: Photo;
  /** When the connection was made (LinkedIn), YYYY-MM-DD. */
  connectedOn?: string;
  /** A stable id from the file (vCard UID), used to recognise a card exported by Linchpin. */
  uid?: string;
  /** The card was written by Linchpin's export: its NOTE is the blurb, not private notes. */
  fromLinchpin?: boolean;
  /** Set when the file marks the row as an organisation, not a person: why it is not imported. */
  notPerson?: string;
  /** Lines for the notes about what has no field of its own ("Spouse: David Chen", "Anniversary: …"). */
  extras?: string[];
  /** Things dropped or repaired while reading this record, for the report. */
  warnings: string[];
}

/** A parser yields either a record or the reason a stretch of the file could not be read. */
export type ParsedItem =
  | { ok: true; record: ContactRecord }
  | { ok: false; lines: [number, number]; errors: string[] };

export function emptyRecord(lines: [number, number]): ContactRecord {
  return {
    lines,
    formattedName: '',
    prefix: '',
    given: '',
    middle: '',
    family: '',
    suffix: '',
    nicknames: [],
    emails: [],
    phones: [],
    orgs: [],
    titles: [],
    addresses: [],
    location: '',
    urls: [],
    notes: [],
    categories: [],
    warnings: [],
  };
}

export function emptyAddress(): Address {
  return {
    types: [],
    poBox: '',
    extended: '',
    street: '',
    locality: '',
    region: '',
    postalCode: '',
    country: '',
  };
}

/** A name part in a script whose names are written family name first and without a space (山田太郎, 王小明, 김민준). */
const FAMILY_FIRST = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** "Public, Esq." from the parts, for when a file has no formatted name. */
export function joinName(
  r: Pick<ContactRecord, 'prefix' | 'given' | 'middle' | 'family' | 'suffix'>,
): string {
  const [given, middle, family] = [r.given.trim(), r.middle.trim(), r.family.trim()];
  const core =
    FAMILY_FIRST.test(given) && FAMILY_FIRST.test(family) && !middle
      ? [family + given]
      : [given, middle, family];
  return [r.prefix.trim(), ...core, r.suffix.trim()].filter(Boolean).join(' ');
}
