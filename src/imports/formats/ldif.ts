// LDIF address books (Thunderbird, Evolution, Outlook Express / Windows Address Book, Apple's Directory
// Utility, LDAP tools): the entries of ldif-lines.ts mapped to contact records by their attribute names
// (inetOrgPerson, and Mozilla's and Outlook Express's own). A mailing list or a directory node is not a
// person: it is reported as skipped.
import { countryName } from '../../domain/contact/country-name';
import { type Address, type ContactRecord, emptyAddress, emptyRecord, type ParsedItem } from '../contact';
import { birthdayFromParts } from './csv-format';
import { type LdifAttribute, type LdifEntryChunk, readEntry, splitEntries } from './ldif-lines';

export { isLdifText } from './ldif-lines';

/** Attribute names read as each field, in the order their values are taken. */
const NAME = ['cn', 'commonname', 'displayname'];
const GIVEN = ['givenname', 'gn'];
const FAMILY = ['sn', 'surname'];
const NICKNAMES = ['mozillanickname', 'xmozillanickname', 'nickname'];
const EMAILS = ['mail', 'rfc822mailbox', 'mozillasecondemail', 'xmozillasecondemail', 'othermailbox'];
const PHONES: [string, string][] = [
  ['mobile', 'cell'],
  ['mobiletelephonenumber', 'cell'],
  ['cellphone', 'cell'],
  ['telephonenumber', 'work'],
  ['homephone', 'home'],
  ['hometelephonenumber', 'home'],
  ['othertelephone', ''],
  ['facsimiletelephonenumber', 'fax'],
  ['fax', 'fax'],
  ['pager', 'pager'],
  ['pagertelephonenumber', 'pager'],
];
const COMPANY = ['o', 'company', 'organizationname'];
const UNITS = ['ou', 'department', 'organizationalunitname'];
const URLS: [string, string][] = [
  ['mozillaworkurl', 'work'],
  ['workurl', 'work'],
  ['mozillahomeurl', 'home'],
  ['homeurl', 'home'],
  ['wwwhomepage', ''],
  ['url', ''],
];
const NOTES = ['description', 'note', 'notes', 'info', 'comment'];
const CATEGORIES = ['category', 'categories'];
const WORK_ADDRESS = {
  street: ['street', 'streetaddress'],
  extended: ['mozillaworkstreet2'],
  locality: ['l', 'localityname'],
  region: ['st', 'stateorprovincename'],
  postalCode: ['postalcode'],
  country: ['c', 'countryname', 'co', 'friendlycountryname'],
  lines: ['postaladdress'],
};
const HOME_ADDRESS = {
  street: ['mozillahomestreet'],
  extended: ['mozillahomestreet2'],
  locality: ['mozillahomelocalityname'],
  region: ['mozillahomestate'],
  postalCode: ['mozillahomepostalcode'],
  country: ['mozillahomecountryname'],
  lines: ['homepostaladdress'],
};

/** Object classes of entries that are not people: Thunderbird's mailing lists, LDAP groups and tree nodes. */
const LIST_CLASSES = new Set(['groupofnames', 'groupofuniquenames', 'mozillaablist', 'groupofurls', 'group']);
/** The nodes of a directory's tree. An entry of any other class (there are many) is read as a person. */
const NODE_CLASSES = new Set([
  'organization',
  'organizationalunit',
  'domain',
  'dcobject',
  'dnsdomain',
  'country',
  'locality',
]);
const PERSON_CLASSES = new Set(['person', 'organizationalperson', 'inetorgperson', 'mozillaabpersonalpha']);

export interface LdifOptions {
  keepPhotos: boolean;
}

/** Lazily reads every entry of an LDIF file; `total` counts entries (not comments or the version line). */
export function parseLdif(text: string, opts: LdifOptions): { total: number; items: Iterable<ParsedItem> } {
  const chunks = splitEntries(text).filter((c) => c.lines.some(isContent));
  return {
    total: chunks.length,
    items: (function* () {
      for (const chunk of chunks) yield { ok: true as const, record: entryRecord(chunk, opts) };
    })(),
  };
}

/** A line that is part of an entry: not a comment, a continuation or the file's `version: 1`. */
const isContent = (line: string) =>
  !line.startsWith('#') && !line.startsWith(' ') && !/^version\s*:/i.test(line.slice(0, 20));

type Values = Map<string, LdifAttribute[]>;

const valuesOf = (values: Values, names: string[]): string[] =>
  names.flatMap((n) => values.get(n) ?? []).flatMap((a) => (a.value ? [a.value] : []));
const firstOf = (values: Values, names: string[]): string => valuesOf(values, names)[0] ?? '';

function entryRecord(chunk: LdifEntryChunk, opts: LdifOptions): ContactRecord {
  const r = emptyRecord([chunk.start, chunk.end]);
  const read = readEntry(chunk, opts.keepPhotos);
  r.warnings.push(...read.warnings);
  if (read.dn === undefined) r.warnings.push('The entry has no dn: line; it was read anyway');
  const values: Values = new Map();
  for (const a of read.attributes) {
    const list = values.get(a.name);
    if (list) list.push(a);
    else values.set(a.name, [a]);
  }

  r.formattedName = firstOf(values, NAME) || nameInDn(read.dn ?? '');
  r.given = firstOf(values, GIVEN);
  r.family = firstOf(values, FAMILY);
  r.prefix = firstOf(values, ['personaltitle']);
  r.suffix = firstOf(values, ['generationqualifier']);
  r.nicknames.push(...valuesOf(values, NICKNAMES));
  r.emails.push(...valuesOf(values, EMAILS).map((value) => ({ value, types: [], pref: false })));
  for (const [name, type] of PHONES) {
    for (const value of valuesOf(values, [name]))
      r.phones.push({ value, types: type ? [type] : [], pref: false });
  }
  const company = firstOf(values, COMPANY);
  const units = valuesOf(values, UNITS);
  if (company || units.length) r.orgs.push({ name: company, units });
  r.titles.push(...valuesOf(values, ['title']));
  for (const [types, fields] of [
    [['work'], WORK_ADDRESS],
    [['home'], HOME_ADDRESS],
  ] as const) {
    const address = addressOf(values, fields, [...types]);
    if (address) r.addresses.push(address);
  }
  for (const [name, type] of URLS) {
    for (const value of valuesOf(values, [name]))
      r.urls.push({ value, types: type ? [type] : [], pref: false });
  }
  // labeledURI is "URI label" (RFC 2079).
  for (const value of valuesOf(values, ['labeleduri'])) {
    const [uri = '', ...label] = value.split(/\s+/);
    r.urls.push({ value: uri, types: [], pref: false, ...(label.length ? { label: label.join(' ') } : {}) });
  }
  r.notes.push(...valuesOf(values, NOTES));
  for (let i = 1; i <= 4; i++) {
    for (const value of valuesOf(values, [`mozillacustom${i}`, `custom${i}`]))
      r.notes.push(`Custom ${i}: ${value}`);
  }
  r.categories.push(...valuesOf(values, CATEGORIES));
  birthday(r, values);
  const photo = [...(values.get('jpegphoto') ?? []), ...(values.get('photo') ?? [])].find((a) => a.bytes);
  if (opts.keepPhotos && photo?.bytes) r.photo = { kind: 'data', mediaType: 'image/jpeg', data: photo.bytes };
  r.notPerson = notPersonReason(values);
  return r;
}

/** `cn=Ana Lima,mail=ana@example.com` → "Ana Lima": Thunderbird's dn names the person when cn is missing. */
function nameInDn(dn: string): string {
  const m = /^\s*cn\s*=\s*((?:\\.|[^,+\\])*)/i.exec(dn.slice(0, 1000));
  return m ? m[1]!.replace(/\\(.)/g, '$1').trim() : '';
}

function addressOf(values: Values, fields: typeof WORK_ADDRESS, types: string[]): Address | undefined {
  const a: Address = {
    ...emptyAddress(),
    types,
    street: firstOf(values, fields.street),
    extended: firstOf(values, fields.extended),
    locality: firstOf(values, fields.locality),
    region: firstOf(values, fields.region),
    postalCode: firstOf(values, fields.postalCode),
    country: firstOf(values, fields.country),
  };
  if (!a.street) a.street = postalLines(values, fields.lines, a);
  return [a.street, a.extended, a.locality, a.region, a.postalCode, a.country].some(Boolean) ? a : undefined;
}

/**
 * The street lines of a postalAddress, whose lines are joined by "$" (RFC 4517): the lines that repeat the
 * company, the town, the postcode or the country the entry already gives are left to those fields.
 */
function postalLines(values: Values, names: string[], a: Address): string {
  // A country code ("DE") is left out: as a part of a word it would take "Rue de la Paix" for the country.
  const known = [firstOf(values, COMPANY), a.locality, a.postalCode, countryName(a.country)]
    .filter((k) => k.length > 2)
    .map((s) => s.toLowerCase());
  return firstOf(values, names)
    .split('$')
    .map((s) => s.trim())
    .filter((line) => line && !known.some((k) => line.toLowerCase().includes(k)))
    .join(', ');
}

/**
 * Thunderbird's birthyear / birthmonth / birthday, or one full date (`birthDate: 1980-04-12`, or LDAP's
 * `19800412…`), read by the CSV formats' rule for a birthday in parts.
 */
function birthday(r: ContactRecord, values: Values): void {
  const day = firstOf(values, ['birthday', 'birthdate', 'dateofbirth']);
  const full = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(day);
  const [year, month, dom] = full
    ? [full[1]!, full[2]!, full[3]!]
    : [firstOf(values, ['birthyear']), firstOf(values, ['birthmonth']), day];
  if (!month && !dom) return;
  const date = birthdayFromParts(year, month, dom);
  if (date) r.birthday = date;
  else r.warnings.push(`Birthday "${[year, month, dom].filter(Boolean).join('-')}" is not a date; ignored`);
}

function notPersonReason(values: Values): string | undefined {
  const changetype = firstOf(values, ['changetype']).toLowerCase();
  if (changetype && changetype !== 'add') {
    return `This entry is a change to a directory (changetype: ${changetype}), not a contact, so it is not imported`;
  }
  const classes = valuesOf(values, ['objectclass']);
  if (classes.some((c) => PERSON_CLASSES.has(c.toLowerCase()))) return undefined;
  const list = classes.find((c) => LIST_CLASSES.has(c.toLowerCase()));
  if (list)
    return `This entry is a mailing list (objectclass: ${list}); Linchpin keeps people, so it is not imported`;
  const node = classes.find((c) => NODE_CLASSES.has(c.toLowerCase()));
  if (node)
    return `This entry is part of the directory's tree (objectclass: ${node}), not a person, so it is not imported`;
  return undefined;
}
