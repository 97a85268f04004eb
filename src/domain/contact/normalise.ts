// Canonical forms used to store and to compare contact details. Pure functions, no I/O.
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Removes what no text field can hold: NUL and other control characters (PostgreSQL refuses NUL; the
 * API refuses the rest, and text-direction overrides, which disguise names) and halves of surrogate pairs
 * (a broken UTF-16 file), which become U+FFFD.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character either pattern above could act on; most strings have none and are returned as they are. */
const MAYBE_UNSTORABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

export function stripUnstorable(s: string): string {
  if (!MAYBE_UNSTORABLE.test(s)) return s;
  return s.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Collapses every run of whitespace (tabs, newlines, non-breaking spaces) into one space and trims. */
export function cleanLine(s: string | undefined | null): string {
  const v = stripUnstorable(s ?? '');
  // Most cells are single words or words with single spaces: nothing to collapse.
  if (!OTHER_SPACE.test(v)) return v.trim();
  return v.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();
}
/** Whitespace other than one plain space between words (which cleanLine leaves as it is). */
const OTHER_SPACE = /[^\S ]|\u200b| {2}/;

/** Trims, normalises line breaks and drops trailing spaces on each line, keeping paragraphs. */
export function cleanText(s: string | undefined | null): string {
  return stripUnstorable(s ?? '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(trimEndBlanks)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A line without its trailing spaces, tabs and no-break spaces. A loop, not /[ \t]+$/: that pattern
 * retries from every blank of a run that does not end the line, in time the square of the run.
 */
function trimEndBlanks(line: string): string {
  let end = line.length;
  for (;;) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) break;
    end--;
  }
  return end === line.length ? line : line.slice(0, end);
}

const PHONE_SHAPE = /^[+()\d][\d\s().\-/x#*+]*$/i;

/**
 * Parsed numbers by region and text, with whether each is valid. An import asks about each number several
 * times (stored form, identity, comparison key) and parsing and validating are the dearest steps of reading
 * a contact (libphonenumber-js compiles its patterns on every call), so recent answers are kept; the parser
 * is pure, so a kept answer is the answer. Emptied when full rather than ordered.
 */
interface ParsedPhone {
  parsed: ReturnType<typeof parsePhoneNumberFromString>;
  /** parsed.isValid(), asked once. */
  valid?: boolean;
}
const parsedPhones = new Map<string, ParsedPhone>();
const PARSED_PHONES_KEPT = 4096;

function parsePhone(raw: string, region?: string): ParsedPhone {
  const value = raw.replace(/^tel:/i, '').trim();
  const key = `${region ?? ''}\u0000${value}`;
  const kept = parsedPhones.get(key);
  if (kept) return kept;
  let parsed: ReturnType<typeof parsePhoneNumberFromString>;
  try {
    parsed = parsePhoneNumberFromString(value, region as CountryCode | undefined);
  } catch {
    parsed = undefined;
  }
  if (parsedPhones.size >= PARSED_PHONES_KEPT) parsedPhones.clear();
  const entry: ParsedPhone = { parsed };
  parsedPhones.set(key, entry);
  return entry;
}

/** The parsed number when it is a valid one. */
function validPhone(entry: ParsedPhone) {
  entry.valid ??= entry.parsed?.isValid() ?? false;
  return entry.valid ? entry.parsed : undefined;
}

/** Removes a `tel:` prefix, URI parameters and odd spacing, keeping what the person typed. */
function tidyPhone(raw: string): string {
  let v = raw.replace(/^tel:/i, '');
  const ext = /;ext=([^;]*)/i.exec(v)?.[1];
  const params = v.indexOf(';');
  if (params >= 0) v = v.slice(0, params);
  v = dialVanity(cleanLine(v));
  return ext ? `${v} x${ext}` : v;
}

/**
 * A vanity number ("1-800-FLOWERS", "1-800-MY-APPLE") as the digits its letters stand for on a phone's
 * keypad (ITU E.161). Only digits first, then capitals: "Call 555-0100" or "555-0100 ext 12" stay as they are.
 */
const VANITY = /^\+?\d[\d\s().-]{2,}[A-Z][A-Z\d\s().-]*$/;
const KEYPAD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const KEYS = '22233344455566677778889999';
function dialVanity(v: string): string {
  if (v.length > 40 || !VANITY.test(v)) return v;
  return v.replace(/[A-Z]/g, (c) => KEYS[KEYPAD.indexOf(c)]!);
}

/**
 * The form a phone number is stored in: international format ("+44 20 7946 0000") when it is a valid
 * number (using the default region for national numbers), otherwise the tidied original. Undefined when
 * what remains is not a phone number at all. Idempotent.
 */
export function normalisePhone(raw: string, region?: string): string | undefined {
  const tidy = tidyPhone(raw);
  if (!tidy) return undefined;
  const parsed = validPhone(parsePhone(tidy.replace(/ x(\d+)$/, ';ext=$1'), region));
  if (parsed) {
    const intl = parsed.formatInternational().replace(/ ext\. \d+$/, '');
    return parsed.ext ? `${intl} x${parsed.ext}` : intl;
  }
  if (tidy.length < 3 || tidy.length > 40 || !PHONE_SHAPE.test(tidy)) return undefined;
  return tidy;
}

/**
 * The key a phone number identifies a person by: its E.164 form, only when it is a valid number (read
 * with the default region when it has no +country code). A short or made-up number ("123456") is shared
 * by strangers too often to say two contacts are the same person. Undefined otherwise.
 */
export function phoneIdentity(raw: string, region?: string): string | undefined {
  const parsed = validPhone(parsePhone(tidyPhone(raw).replace(/ x(\d+)$/, ';ext=$1'), region));
  if (!parsed) return undefined;
  return parsed.ext ? `${parsed.number};${parsed.ext}` : parsed.number;
}

/** The comparison key of a phone: E.164 when it can be parsed, else its digits. */
export function phoneKey(raw: string, region?: string): string | undefined {
  const tidy = tidyPhone(raw);
  const { parsed } = parsePhone(tidy.replace(/ x(\d+)$/, ';ext=$1'), region);
  if (parsed?.isPossible()) return parsed.ext ? `${parsed.number};${parsed.ext}` : parsed.number;
  const digits = tidy.replace(/ x\d+$/, '').replace(/[^\d+]/g, '');
  const plain = digits.replace(/(?!^)\+/g, '');
  return plain.replace(/\D/g, '').length >= 4 ? plain : undefined;
}

/**
 * local@domain, neither holding a space or any of @<>(),;:"[]\ , and a dot inside the domain (checked
 * apart: /…+\.…+$/ over classes that both hold the dot backtracks in the square of the length).
 */
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+$/;
const hasInnerDot = (address: string) => address.slice(address.indexOf('@') + 2, -1).includes('.');

/** "Jane Doe <jane@x.com>" and "<jane@x.com>": the address between the angle brackets, as mail headers write it. */
const NAMED_ADDRESS = /^[^<>]*<([^<>]*)>$/;

/**
 * Lower-cased address, or undefined when it is not one (LinkedIn's `urn:li:member:…`, "n/a", …). An
 * address written with a display name ("Jane Doe <jane@x.com>") is the address.
 */
export function normaliseEmail(raw: string): string | undefined {
  const line = cleanLine(raw);
  const v = (NAMED_ADDRESS.exec(line)?.[1] ?? line)
    .trim()
    .replace(/^mailto:/i, '')
    .toLowerCase();
  if (!v || v.length > 320 || !EMAIL.test(v) || !hasInnerDot(v)) return undefined;
  return v;
}

/** Adds https:// to a bare host ("www.example.com"); undefined when it is not an http(s) URL. */
export function normaliseUrl(raw: string): string | undefined {
  let v = cleanLine(raw);
  if (!v) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v)) {
    if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#:].*)?$/u.test(v)) return undefined;
    v = `https://${v}`;
  }
  try {
    const u = new URL(v);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    if (!u.hostname.includes('.')) return undefined;
    return v.length <= 2000 ? v : undefined;
  } catch {
    return undefined;
  }
}

export type LinkKind = 'linkedin' | 'website' | 'twitter' | 'github' | 'other';

export function linkKind(url: string): LinkKind {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'other';
  }
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  if (/(^|\.)(twitter|x)\.com$/.test(host)) return 'twitter';
  if (host === 'github.com' || host.endsWith('.github.com')) return 'github';
  return 'website';
}

/**
 * The comparison key of a URL. LinkedIn profiles compare by their path ("in/jane-doe"), whatever the
 * subdomain, case, percent-encoding, query or trailing slash; other URLs by host and path.
 */
const LINKEDIN_PROFILE =
  /^https?:\/\/(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/((?:in|pub)\/[^/?#]+)\/?(?:[?#].*)?$/i;

export function urlKey(url: string): string | undefined {
  // The common case, a LinkedIn profile URL, without the cost of the URL parser.
  const li = LINKEDIN_PROFILE.exec(url);
  if (li) {
    let path = li[1]!;
    try {
      path = decodeURIComponent(path);
    } catch {
      // keep the encoded path
    }
    return `linkedin:${path.normalize('NFC').toLowerCase()}`;
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded path
  }
  path = path.normalize('NFC').toLowerCase();
  // Trailing slashes off with a loop: /\/+$/ retries from every slash of a run that does not end the path.
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  path = path.slice(0, end);
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return `linkedin:${path.replace(/^\//, '')}`;
  return `${host}${path}`;
}

/** For comparing names: no accents, emoji, punctuation or case; single spaces. */
const LETTERS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function nameKey(name: string): string {
  // Plain ASCII has no accents or marks to remove: the common case without the Unicode passes.
  if (!NON_ASCII.test(name))
    return name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return nameKeyUnicode(name);
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: any character outside ASCII.
const NON_ASCII = /[^\u0000-\u007f]/;

/** nameKey for any text (exported so the tests can hold the ASCII shortcut to it). */
export function nameKeyUnicode(name: string): string {
  return name
    .toLowerCase()
    .replace(/[øæœßłđðþı]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** For comparing companies: like names, without legal suffixes ("Inc.", "Ltd", "GmbH"). */
const companyKeys = new Map<string, string>();

export function companyKey(company: string): string {
  const cached = companyKeys.get(company);
  if (cached !== undefined) return cached;
  const key = computeCompanyKey(company);
  // Companies repeat across a file; a small cache saves recomputing the same few hundred keys.
  if (companyKeys.size > 10_000) companyKeys.clear();
  companyKeys.set(company, key);
  return key;
}

function computeCompanyKey(company: string): string {
  return nameKey(company)
    .replace(/\b(inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|bv|plc|corp|corporation|co|company)\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
