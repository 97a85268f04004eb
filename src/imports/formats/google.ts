// Google Contacts CSV, both the legacy export ("Name, Given Name, …, E-mail 1 - Type, E-mail 1 - Value")
// and the current one ("First Name, Middle Name, Last Name, …, E-mail 1 - Label, E-mail 1 - Value").
// Numbered groups hold several values in one cell, separated by " ::: "; "* " marks the primary one.

import { cleanLine } from '../../domain/contact/normalise';
import type { ContactRecord } from '../contact';
import { emptyAddress } from '../contact';
import {
  type Cell,
  type CsvFormat,
  hasAll,
  hasAny,
  note,
  pushTyped,
  setBirthday,
  splitMulti,
} from './csv-format';

/** The numbers N that occur in headers like "E-mail N - Value". */
function groupNumbers(header: string[], prefix: string): number[] {
  const re = new RegExp(`^${prefix} (\\d+) - `, 'i');
  const found = new Set<number>();
  for (const h of header) {
    const m = re.exec(h);
    if (m) found.add(Number(m[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** Google's built-in groups say nothing about the person. */
const SYSTEM_LABELS = new Set(['mycontacts', 'my contacts', 'starred', 'other contacts', 'imported on']);

function fillGroups(r: ContactRecord, cell: Cell, header: string[]): void {
  // Legacy exports call the label column "Type"; current ones "Label".
  const kind = (prefix: string, n: number) => cell(`${prefix} ${n} - Label`) || cell(`${prefix} ${n} - Type`);
  for (const n of groupNumbers(header, 'E-mail'))
    pushTyped(r.emails, cell(`E-mail ${n} - Value`), kind('E-mail', n));
  for (const n of groupNumbers(header, 'Phone'))
    pushTyped(r.phones, cell(`Phone ${n} - Value`), kind('Phone', n));
  for (const n of groupNumbers(header, 'Website'))
    pushTyped(r.urls, cell(`Website ${n} - Value`), kind('Website', n));
  for (const n of groupNumbers(header, 'Address')) {
    const a = emptyAddress();
    const field = (f: string) => cleanLine(splitMulti(cell(`Address ${n} - ${f}`))[0] ?? '');
    a.street = field('Street');
    a.locality = field('City');
    a.poBox = field('PO Box');
    a.region = field('Region');
    a.postalCode = field('Postal Code');
    a.country = field('Country');
    a.extended = field('Extended Address');
    if (!a.street && !a.locality && !a.region && !a.country && !a.postalCode) {
      const formatted = cleanLine(cell(`Address ${n} - Formatted`));
      if (formatted) a.street = formatted;
    }
    const label = kind('Address', n)
      .replace(/^\*\s*/, '')
      .trim();
    if (label) a.types.push(label.toLowerCase());
    if (Object.values(a).some((v) => typeof v === 'string' && v)) r.addresses.push(a);
  }
  for (const n of groupNumbers(header, 'Organization')) {
    const name = cleanLine(cell(`Organization ${n} - Name`));
    const dept = cleanLine(cell(`Organization ${n} - Department`));
    if (name || dept) r.orgs.push({ name, units: dept ? [dept] : [] });
    const title = cleanLine(cell(`Organization ${n} - Title`));
    if (title) r.titles.push(title);
  }
}

function fillLabels(r: ContactRecord, cell: string): void {
  for (const raw of splitMulti(cell)) {
    const label = raw.replace(/^\*\s*/, '').trim();
    if (label && !SYSTEM_LABELS.has(label.toLowerCase())) r.categories.push(label);
  }
}

export const googleLegacyFormat: CsvFormat = {
  id: 'google-legacy',
  label: 'Google Contacts (legacy CSV)',
  matches: (header) =>
    hasAll(header, 'Given Name', 'Family Name') &&
    hasAny(header, 'Group Membership', 'E-mail 1 - Type', 'Name'),
  fill(r, cell, header) {
    r.formattedName = cleanLine(cell('Name'));
    r.given = cleanLine(cell('Given Name'));
    r.middle = cleanLine(cell('Additional Name'));
    r.family = cleanLine(cell('Family Name'));
    r.prefix = cleanLine(cell('Name Prefix'));
    r.suffix = cleanLine(cell('Name Suffix'));
    const nick = cleanLine(cell('Nickname'));
    if (nick) r.nicknames.push(nick);
    setBirthday(r, cell('Birthday'));
    r.location = cleanLine(cell('Location'));
    note(r, cell('Notes'));
    fillLabels(r, cell('Group Membership'));
    fillGroups(r, cell, header);
  },
};

export const googleFormat: CsvFormat = {
  id: 'google',
  label: 'Google Contacts (CSV)',
  matches: (header) =>
    hasAll(header, 'First Name', 'Last Name') &&
    hasAny(header, 'Labels', 'E-mail 1 - Label', 'Phone 1 - Label', 'Organization Name', 'File As'),
  fill(r, cell, header) {
    r.given = cleanLine(cell('First Name'));
    r.middle = cleanLine(cell('Middle Name'));
    r.family = cleanLine(cell('Last Name'));
    r.prefix = cleanLine(cell('Name Prefix'));
    r.suffix = cleanLine(cell('Name Suffix'));
    const nick = cleanLine(cell('Nickname'));
    if (nick) r.nicknames.push(nick);
    const org = cleanLine(cell('Organization Name'));
    const dept = cleanLine(cell('Organization Department'));
    if (org || dept) r.orgs.push({ name: org, units: dept ? [dept] : [] });
    const title = cleanLine(cell('Organization Title'));
    if (title) r.titles.push(title);
    setBirthday(r, cell('Birthday'));
    note(r, cell('Notes'));
    fillLabels(r, cell('Labels'));
    fillGroups(r, cell, header);
    if (!r.given && !r.family) r.formattedName = cleanLine(cell('File As'));
  },
};
