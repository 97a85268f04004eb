// From a contact record to what Linchpin stores: a PersonInput validated with the same schema as the
// API, plus the photo and the "connected on" date. Values that do not fit (an address that is not an
// email, a phone with letters) are dropped with a warning; a record that yields no valid person fails.

import { countryName } from '../domain/contact/country-name';
import { isFormOfAddress } from '../domain/contact/courtesy-titles';
import {
  cleanLine,
  cleanText,
  linkKind,
  normaliseEmail,
  normalisePhone,
  normaliseUrl,
  phoneKey,
  stripUnstorable,
  urlKey,
} from '../domain/contact/normalise';
import type { PersonInput } from '../people/schema';
import { MAX_TAGS, tagForm } from '../shared/common-schema';
import { zodFieldErrors } from '../shared/errors';
import { type Address, type ContactRecord, joinName } from './contact';
import { nameFromEmail } from './name-from-email';
import { parsePersonInput, storableEmail } from './person-input';
import { MAX_PHOTO_BYTES, sniffImage } from './photo';

export interface MappedContact {
  input: PersonInput;
  photo?: { mediaType: string; data: Buffer };
  connectedOn?: string;
  uid?: string;
  /** The name was guessed from the email address: this line of the private notes says so. */
  nameGuessed?: string;
  warnings: string[];
}

export type MapResult = { ok: true; contact: MappedContact } | { ok: false; errors: string[]; name: string };

export interface MapOptions {
  keepPhotos: boolean;
  defaultRegion?: string;
}

/** Groups programs put every contact in, or mark a favourite with (Gmail's vCards: "myContacts", "starred"). */
const NOISE_TAGS = new Set(['my contacts', 'mycontacts', 'starred', 'starred in android', 'imported']);

/** `what` names the field with its article ("The name"); `are` when it is a plural ("The notes"). */
function clip(value: string, max: number, what: string, warnings: string[], are = false): string {
  if (value.length <= max) return value;
  const [was, wasShortened] = are ? ['were', 'were shortened'] : ['was', 'was shortened'];
  warnings.push(`${what} ${was} longer than ${max} characters and ${wasShortened}`);
  return value.slice(0, max);
}

/** Preferred values first (a stable sort, so the file's order otherwise); most records have one or none. */
function byPreference<T extends { pref: boolean }>(xs: T[]): T[] {
  return xs.length < 2 ? xs : [...xs].sort((a, b) => Number(b.pref) - Number(a.pref));
}

const MAX_PHONES = 20;
/**
 * The phone values of one record that are read at all: each is parsed and checked against its country's
 * numbering plan (tens of microseconds), and one hostile cell can hold 100,000 of them (~5 s of a blocked
 * server). Five times what is kept leaves room for duplicates and values that are no number.
 */
const PHONE_VALUES_READ = 5 * MAX_PHONES;

function limit<T>(xs: T[], max: number, what: string, warnings: string[]): T[] {
  if (xs.length > max) warnings.push(`Only the first ${max} ${what} were kept (the record has ${xs.length})`);
  return xs.slice(0, max);
}

function formatAddress(a: Address): string {
  const cityLine = [a.postalCode, a.locality, a.region].filter(Boolean).join(' ');
  return [a.poBox && `PO Box ${a.poBox}`, a.extended, a.street, cityLine, a.country]
    .filter(Boolean)
    .join(', ');
}

/** An address's town, region and country, as a location says them ("Madrid, Spain"). */
const placeOf = (a: Address): string =>
  [a.locality, a.region, a.country && countryName(a.country)].filter(Boolean).join(', ');

function locationOf(r: ContactRecord): string {
  if (r.location) return r.location;
  const a = r.addresses.find((x) => x.locality || x.region || x.country);
  return a ? placeOf(a) : '';
}

/** An address of a town, region and country only, which the location already says word for word. */
function saysNoMoreThan(a: Address, location: string): boolean {
  if (a.street || a.extended || a.poBox || a.postalCode) return false;
  return placeOf(a) === location;
}

/** The lines that have no field of their own, appended to the private notes. */
function details(r: ContactRecord): string[] {
  const out: string[] = [];
  if (r.nicknames.length) out.push(`Nickname: ${[...new Set(r.nicknames)].join(', ')}`);
  if (r.birthday) out.push(`Birthday: ${r.birthday}`);
  const units = r.orgs[0]?.units ?? [];
  if (units.length) out.push(`Department: ${units.join(', ')}`);
  for (const o of r.orgs.slice(1)) {
    const text = [o.name, ...o.units].filter(Boolean).join(', ');
    if (text && text !== r.orgs[0]?.name) out.push(`Also at: ${text}`);
  }
  for (const t of r.titles.slice(1)) if (t !== r.titles[0]) out.push(`Also: ${t}`);
  out.push(...(r.extras ?? []));
  const location = locationOf(r);
  for (const a of r.addresses) {
    const text = formatAddress(a);
    if (!text || saysNoMoreThan(a, location)) continue;
    const kind =
      a.label ?? a.types.filter((t) => t !== 'pref' && t !== 'postal' && t !== 'parcel').join(', ');
    out.push(`Address${kind ? ` (${kind})` : ''}: ${text}`);
  }
  return [...new Set(out)];
}

function pickName(
  r: ContactRecord,
  emails: string[],
  phones: string[],
  warnings: string[],
  guessedNote: string[],
): string {
  const built = joinName({ ...r, prefix: isFormOfAddress(r.prefix) ? '' : r.prefix });
  const formatted = cleanLine(r.formattedName) || cleanLine(built);
  // Some programs write the address as the name of a contact that has none (Proton's FN, Outlook's
  // display name): that is no name, and one may be guessed from it as from any address.
  if (formatted && !normaliseEmail(formatted)) return formatted;
  const nickname = cleanLine(r.nicknames[0]);
  if (nickname) {
    warnings.push('No name in the file; the nickname is used as the name');
    return nickname;
  }
  const guessed = emails[0] ? nameFromEmail(emails[0]) : undefined;
  if (guessed) {
    warnings.push(`${NAME_GUESSED} ${emails[0]}: "${guessed}"`);
    guessedNote.push(`Name guessed from the email address ${emails[0]}`);
    return guessed;
  }
  const fallback: [string | undefined, string][] = [
    [r.orgs[0]?.name, 'organisation'],
    [emails[0], 'email address'],
    [phones[0], 'phone number'],
  ];
  for (const [value, what] of fallback) {
    const v = cleanLine(value);
    if (v) {
      warnings.push(`No name in the file; the ${what} is used as the name`);
      return v;
    }
  }
  return '';
}

/** How the report and the person's private notes say the name was guessed. */
export const NAME_GUESSED = 'No name in the file; the name was guessed from the email address';

/** An address with a locality and nothing else: how Linchpin's vCard export writes the location. */
const isLocationOnly = (a: Address) =>
  Boolean(a.locality) && !a.poBox && !a.extended && !a.street && !a.region && !a.postalCode && !a.country;

/**
 * Linchpin's own cards carry the person's location as ADR:;;;<location>;;;. It is the location again,
 * not an address for the notes, so exporting and importing back changes nothing.
 */
function ownLocation(r: ContactRecord): ContactRecord {
  if (!r.fromLinchpin || r.location) return r;
  const adr = r.addresses.find(isLocationOnly);
  if (!adr) return r;
  return { ...r, location: adr.locality, addresses: r.addresses.filter((a) => a !== adr) };
}

export function toPerson(record: ContactRecord, opts: MapOptions): MapResult {
  const r = ownLocation(record);
  const warnings = [...r.warnings];

  // Sets, not a search of the list so far: one cell can hold a JSON array of 100,000 addresses, and a
  // quadratic search held the event loop (every request) for minutes.
  const emailSet = new Set<string>();
  for (const e of byPreference(r.emails)) {
    const v = normaliseEmail(e.value);
    if (v && storableEmail(v)) emailSet.add(v);
    else if (e.value.trim())
      warnings.push(`"${cleanLine(e.value).slice(0, 80)}" is not an email address; skipped`);
  }
  const emails = [...emailSet];

  const phones: string[] = [];
  const phoneKeys = new Set<string>();
  const phoneValues = byPreference(r.phones);
  if (phoneValues.length > PHONE_VALUES_READ) {
    warnings.push(
      `Only the first ${PHONE_VALUES_READ} of the record's ${phoneValues.length} phone values were read`,
    );
  }
  for (const p of phoneValues.slice(0, PHONE_VALUES_READ)) {
    const v = normalisePhone(p.value, opts.defaultRegion);
    if (!v) {
      if (p.value.trim())
        warnings.push(`"${cleanLine(p.value).slice(0, 80)}" is not a phone number; skipped`);
      continue;
    }
    const key = phoneKey(v, opts.defaultRegion) ?? v;
    if (phoneKeys.has(key)) continue;
    phoneKeys.add(key);
    phones.push(v);
  }

  const links: PersonInput['links'] = [];
  const linkKeys = new Set<string>();
  for (const u of r.urls) {
    const url = normaliseUrl(u.value);
    if (!url) {
      if (u.value.trim()) warnings.push(`"${cleanLine(u.value).slice(0, 80)}" is not a web address; skipped`);
      continue;
    }
    const key = urlKey(url) ?? url;
    if (linkKeys.has(key)) continue;
    linkKeys.add(key);
    const kind = linkKind(url);
    const label = cleanLine(u.label ?? u.types.find((t) => !['pref', 'x-', 'internet'].includes(t)) ?? '');
    links.push({
      kind,
      url,
      ...(label && label.toLowerCase() !== kind ? { label: label.slice(0, 100) } : {}),
    });
  }

  const tagSet = new Set<string>();
  for (const c of r.categories) {
    // Google writes its own groups with a star: "* myContacts", "* starred".
    const t = tagForm(cleanLine(c.replace(/[,\r\n]/g, ' ').replace(/^\s*\*\s+/, ''))).slice(0, 60);
    if (t && !NOISE_TAGS.has(t)) tagSet.add(t);
  }
  const tags = [...tagSet];

  const guessedNote: string[] = [];
  const name = clip(pickName(r, emails, phones, warnings, guessedNote), 200, 'The name', warnings);
  if (!name)
    return { ok: false, errors: ['No name, email address or phone number; nothing to import'], name: '' };

  // Linchpin's own export writes the blurb as NOTE; anyone else's NOTE is private.
  const noteTexts = r.notes.map(cleanText).filter(Boolean);
  const blurb = r.fromLinchpin ? noteTexts.join('\n\n') : '';
  // A guessed name says so where the person is shown, not only in the import's report.
  const notes = stripUnstorable(
    [...(r.fromLinchpin ? [] : noteTexts), details(r).join('\n'), ...guessedNote]
      .filter(Boolean)
      .join('\n\n'),
  );

  const candidate = {
    name,
    emails: limit(emails, 20, 'email addresses', warnings),
    phones: limit(phones, MAX_PHONES, 'phone numbers', warnings),
    company: clip(cleanLine(r.orgs.find((o) => o.name)?.name), 200, 'The company', warnings),
    title: clip(cleanLine(r.titles[0]), 200, 'The title', warnings),
    location: clip(cleanLine(locationOf(r)), 200, 'The location', warnings),
    links: limit(links, 20, 'links', warnings),
    tags: limit(tags, MAX_TAGS, 'tags', warnings),
    privateNotes: clip(notes, 20000, 'The notes', warnings, true),
    blurb: clip(blurb, 4000, 'The blurb', warnings),
  };
  const parsed = parsePersonInput(candidate);
  if (!parsed.success) {
    return { ok: false, name, errors: zodFieldErrors(parsed.error).map((e) => `${e.field}: ${e.message}`) };
  }

  const contact: MappedContact = { input: parsed.data, warnings };
  if (guessedNote[0]) contact.nameGuessed = guessedNote[0];
  if (r.connectedOn) contact.connectedOn = r.connectedOn;
  if (r.uid) contact.uid = r.uid;
  if (opts.keepPhotos && r.photo) {
    if (r.photo.kind === 'uri') warnings.push('The photo is a link to another site; it was not downloaded');
    else {
      const type = sniffImage(r.photo.data);
      if (!type) warnings.push('The photo is not a JPEG, PNG, GIF or WebP image; skipped');
      else if (r.photo.data.length > MAX_PHOTO_BYTES) warnings.push('The photo is larger than 2 MB; skipped');
      else contact.photo = { mediaType: type, data: r.photo.data };
    }
  }
  return { ok: true, contact };
}
