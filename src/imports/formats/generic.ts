// Any CSV, read through a column mapping chosen by the user (web: the mapping step; CLI: --map), and
// Linchpin's own CSV export, which is read with a built-in mapping.

import { cleanLine } from '../../domain/contact/normalise';
import { type Address, emptyAddress } from '../contact';
import { FileFormatError } from '../decode';
import { isExcelScientific } from '../excel-numbers';
import { inNaturalOrder } from '../name-order';
import { type ColumnMapping, MappingField, MULTI_FIELDS } from '../schema';
import {
  birthdayFromParts,
  type CsvFormat,
  type DateOrder,
  hasAll,
  note,
  parseLooseDate,
  setBirthday,
} from './csv-format';
import { addressOfColumn } from './guess-mapping';
import { marksOrganisation } from './organisation-rows';

const columnsOf = (mapping: ColumnMapping, field: MappingField): string[] => {
  const v = mapping[field];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/** Fields whose values never hold a comma, so that a comma separates two of them (Close: "a@x.com, b@y.com"). */
const COMMA_LISTS: readonly MappingField[] = ['email', 'phone', 'tags'];

/** Several values in one cell: " ::: ", or semicolons (and commas for emails, phones and tags; " / " for emails). */
function values(cell: string, field: MappingField): string[] {
  // No \s* around the separator (time in the square of a run of spaces): each value is trimmed anyway.
  // "4,91701E+11" is one (spoilt) number with a decimal comma, not two phones.
  if (field === 'phone' && isExcelScientific(cell)) return [cell.trim()];
  const list = COMMA_LISTS.includes(field);
  // An address holds no space, so " / " between two is a separator too ("a@x.com / b@y.com").
  const sep = field === 'email' ? /:::|[;,]| \/ / : list ? /:::|[;,]/ : /:::|;/;
  // Twenty writes its additional emails and phones as a JSON array: ["a@x.com","b@y.com"].
  const items = list ? cell.trim().replace(/^\[(.*)\]$/s, '$1') : cell;
  return field === 'notes'
    ? cell.trim()
      ? [cell]
      : []
    : items
        .split(sep)
        // Mailchimp writes its tags quoted inside the cell: "Bakers","Newsletter".
        .map((s) =>
          s
            .trim()
            .replace(/^"(.*)"$/, '$1')
            .trim(),
        )
        .filter(Boolean);
}

const ADDRESS_PARTS = [
  ['street', 'street'],
  ['city', 'locality'],
  ['region', 'region'],
  ['postalCode', 'postalCode'],
  ['country', 'country'],
] as const satisfies readonly (readonly [MappingField, keyof Address])[];

type AddressPart = (typeof ADDRESS_PARTS)[number][1];
/** `street2`: a second street column of the same address ("Street Address 2", "Address Line 2"). */
type AddressColumns = Partial<Record<AddressPart | 'street2', string>>;

/**
 * The addresses a mapping's address columns make: columns of one qualifier ("homeCity", "Home Country")
 * are one address, then an address of some parts only (French Thunderbird's unqualified "Ville" after
 * "Adresse privée", Dutch Outlook's "Land/regio (werk)" beside "Werkadres, plaats") joins the first
 * address before it that lacks all of them.
 */
function addressesOf(mapping: ColumnMapping): AddressColumns[] {
  const slots: { key: string; columns: AddressColumns }[] = [];
  for (const [field, part] of ADDRESS_PARTS) {
    for (const column of columnsOf(mapping, field)) {
      const key = addressOfColumn(column);
      const slot = slots.find((s) => s.key === key && !s.columns[part]);
      if (slot) slot.columns[part] = column;
      else slots.push({ key, columns: { [part]: column } });
    }
  }
  // A street alone after an address of the same qualifiers is that address's second line (Square's
  // "Street Address 2"); a second address has a town, a postcode or a country of its own.
  const addresses = slots.filter(({ key, columns }, i) => {
    const first = slots.slice(0, i).find((s) => s.key === key && s.columns.street && !s.columns.street2);
    if (!first || !columns.street || Object.keys(columns).length !== 1) return true;
    first.columns.street2 = columns.street;
    return false;
  });
  const merged: AddressColumns[] = [];
  for (const { columns } of addresses) {
    const parts = Object.keys(columns) as AddressPart[];
    const into = merged.find((m) => parts.every((p) => !m[p]));
    if (into) Object.assign(into, columns);
    else merged.push({ ...columns });
  }
  return merged;
}

/**
 * The row's address: the first of the mapping's addresses (home, work, …) the row fills. One column per
 * part would read Evolution's or Zimbra's home columns, empty for a contact with only a work address.
 */
function firstAddress(addresses: AddressColumns[], cell: (name: string) => string): Address | undefined {
  for (const columns of addresses) {
    const a = emptyAddress();
    for (const [, part] of ADDRESS_PARTS) {
      const column = columns[part];
      if (column !== undefined) a[part] = cleanLine(cell(column));
    }
    if (columns.street2 !== undefined)
      a.street = [a.street, cleanLine(cell(columns.street2))].filter(Boolean).join(', ');
    if (a.street || a.locality || a.region || a.postalCode || a.country) return a;
  }
  return undefined;
}

/** Checks that every mapped column exists, so a typo is one clear error instead of empty records. */
export function checkMapping(mapping: ColumnMapping, header: string[]): void {
  const known = new Set(header.map((h) => h.toLowerCase()));
  const missing: string[] = [];
  for (const field of MappingField.options) {
    for (const col of columnsOf(mapping, field))
      if (!known.has(col.toLowerCase())) missing.push(`${field}=${col}`);
  }
  if (missing.length) {
    throw new FileFormatError(
      `The mapping names columns this file does not have (${missing.join(', ')}). Its columns are: ${header.join(', ')}.`,
    );
  }
  if (
    !['name', 'firstName', 'lastName', 'email', 'phone', 'company'].some(
      (f) => columnsOf(mapping, f as MappingField).length,
    )
  ) {
    throw new FileFormatError('The mapping must name at least a name, email, phone or company column.');
  }
  for (const field of MappingField.options) {
    if (!MULTI_FIELDS.includes(field) && columnsOf(mapping, field).length > 1) {
      throw new FileFormatError(
        `Only email, phone, url, notes, tags and the parts of an address can take several columns (${field} has more).`,
      );
    }
  }
}

const nameHolds = (name: string, last: string) => !last || name.toLowerCase().includes(last.toLowerCase());

/** `dateOrder`: how the birthday column orders day and month when it writes them with slashes. */
export function mappedFormat(mapping: ColumnMapping, dateOrder: DateOrder = 'mdy'): Pick<CsvFormat, 'fill'> {
  const addresses = addressesOf(mapping);
  return {
    fill(r, cell) {
      const one = (f: MappingField) =>
        cleanLine(
          columnsOf(mapping, f)
            .map(cell)
            .find((v) => v.trim()) ?? '',
        );
      const all = (f: MappingField) => columnsOf(mapping, f).flatMap((c) => values(cell(c), f));
      r.formattedName = inNaturalOrder(one('name'));
      r.given = one('firstName');
      // A "Name" beside a "Last name" and no first name (MailerLite: Name, Last name) holds the first name
      // when it leaves the last name out.
      if (r.formattedName && !r.given && !nameHolds(r.formattedName, one('lastName'))) {
        r.given = r.formattedName;
        r.formattedName = '';
      }
      r.middle = one('middleName');
      r.family = one('lastName');
      // Accounting programs (Xero's "*ContactName" beside "FirstName", "LastName") name the business, and
      // its person in the name columns: a full name that holds neither name is the company, when no
      // column gives one.
      let company = one('company');
      if (
        !company &&
        r.formattedName &&
        r.given &&
        r.family &&
        !nameHolds(r.formattedName, r.given) &&
        !nameHolds(r.formattedName, r.family)
      ) {
        company = r.formattedName;
        r.formattedName = '';
      }
      r.prefix = one('prefix');
      r.suffix = one('suffix');
      if (one('nickname')) r.nicknames.push(one('nickname'));
      for (const v of all('email')) r.emails.push({ value: v, types: [], pref: false });
      for (const v of all('phone')) r.phones.push({ value: v, types: [], pref: false });
      for (const v of all('url')) r.urls.push({ value: v, types: [], pref: false });
      const linkedin = one('linkedin');
      if (linkedin) r.urls.push({ value: linkedin, types: [], pref: false, label: 'LinkedIn' });
      if (company || one('department')) {
        r.orgs.push({ name: company, units: one('department') ? [one('department')] : [] });
      }
      if (one('title')) r.titles.push(one('title'));
      r.location = one('location');
      const a = firstAddress(addresses, cell);
      if (a) r.addresses.push(a);
      for (const v of all('notes')) note(r, v);
      r.categories.push(...all('tags'));
      setBirthday(r, one('birthday'), dateOrder);
      if (!r.birthday) {
        const parts = birthdayFromParts(one('birthYear'), one('birthMonth'), one('birthDay'));
        if (parts) r.birthday = parts;
      }
      const kind = one('kind');
      if (kind && marksOrganisation(kind)) {
        r.notPerson = `The file marks this row as an organisation (“${columnsOf(mapping, 'kind')[0]}”: ${kind}); Linchpin keeps people, so it is not imported`;
      }
      const connected = one('connectedOn');
      if (connected) {
        const d = parseLooseDate(connected);
        if (d && !d.startsWith('--')) r.connectedOn = d;
        else r.warnings.push(`"${connected}" is not a date; no "connected on" interaction recorded`);
      }
    },
  };
}

/** The header of `GET /api/v1/export?format=csv`; the same file imports back with this mapping. */
export const LINCHPIN_CSV_COLUMNS = [
  'Name',
  'Emails',
  'Phones',
  'Company',
  'Title',
  'Location',
  'Links',
  'Tags',
  'Blurb',
  'Created',
  'Updated',
  'Id',
] as const;

const linchpinMapping: ColumnMapping = {
  name: 'Name',
  email: 'Emails',
  phone: 'Phones',
  company: 'Company',
  title: 'Title',
  location: 'Location',
  url: 'Links',
  tags: 'Tags',
};

export const linchpinCsvFormat: CsvFormat = {
  id: 'linchpin-csv',
  label: 'Linchpin CSV export',
  matches: (header) => hasAll(header, 'Name', 'Emails', 'Phones', 'Links', 'Tags', 'Blurb', 'Id'),
  fill: (r, cell, header) => {
    // The export prefixed formula-like cells ("+44 …") with an apostrophe; take it off again.
    const raw = (name: string) => cell(name).replace(/^'(?=[=+\-@\t\r])/, '');
    mappedFormat(linchpinMapping).fill(r, raw, header);
    // Linchpin's own file: the blurb comes back as the blurb, and the Id matches the person it was
    // exported from ("same Linchpin id", as a vCard's UID does), so export then import changes nothing.
    r.fromLinchpin = true;
    note(r, raw('Blurb'));
    const id = raw('Id').trim();
    if (id) r.uid = id;
  },
};
