// Thunderbird's address book CSV (comma- or semicolon-separated).

import { cleanLine } from '../../domain/contact/normalise';
import type { ContactRecord } from '../contact';
import { emptyAddress } from '../contact';
import { birthdayFromParts, type Cell, type CsvFormat, hasAll, note } from './csv-format';
import { fieldForHeader } from './guess-mapping';

function address(r: ContactRecord, cell: Cell, kind: 'Home' | 'Work'): void {
  const a = emptyAddress();
  a.types = [kind.toLowerCase()];
  a.street = [cell(`${kind} Address`), cell(`${kind} Address 2`)].map(cleanLine).filter(Boolean).join(', ');
  a.locality = cleanLine(cell(`${kind} City`));
  a.region = cleanLine(cell(`${kind} State`));
  a.postalCode = cleanLine(cell(`${kind} ZipCode`));
  a.country = cleanLine(cell(`${kind} Country`));
  if (a.street || a.locality || a.region || a.postalCode || a.country) r.addresses.push(a);
}

/** The columns of Thunderbird's export (English), all of which `fill` reads. */
const COLUMNS = new Set(
  [
    ...['First Name', 'Last Name', 'Display Name', 'Nickname', 'Primary Email', 'Secondary Email'],
    ...['Screen Name', 'Work Phone', 'Home Phone', 'Fax Number', 'Pager Number', 'Mobile Number'],
    ...['Home Address', 'Home Address 2', 'Home City', 'Home State', 'Home ZipCode', 'Home Country'],
    ...['Work Address', 'Work Address 2', 'Work City', 'Work State', 'Work ZipCode', 'Work Country'],
    ...['Job Title', 'Department', 'Organization', 'Web Page 1', 'Web Page 2'],
    ...['Birth Year', 'Birth Month', 'Birth Day', 'Custom 1', 'Custom 2', 'Custom 3', 'Custom 4', 'Notes'],
  ].map((c) => c.toLowerCase()),
);

export const thunderbirdFormat: CsvFormat = {
  id: 'thunderbird',
  label: 'Thunderbird (CSV)',
  // Other programs share some of these names ("Primary Email", "Display Name": CRMs, Evolution's capitals);
  // read by this layout, their other columns would be lost, so a file with a column the guesser knows that
  // is none of Thunderbird's is guessed instead.
  matches: (header) =>
    hasAll(header, 'Primary Email', 'Display Name') &&
    header.every((c) => COLUMNS.has(c.toLowerCase()) || !fieldForHeader(c)),
  fill(r, cell) {
    r.given = cleanLine(cell('First Name'));
    r.family = cleanLine(cell('Last Name'));
    r.formattedName = cleanLine(cell('Display Name'));
    const nick = cleanLine(cell('Nickname'));
    if (nick) r.nicknames.push(nick);
    for (const col of ['Primary Email', 'Secondary Email']) {
      const v = cleanLine(cell(col));
      if (v) r.emails.push({ value: v, types: [], pref: col === 'Primary Email' });
    }
    const phones: [string, string[]][] = [
      ['Work Phone', ['work']],
      ['Home Phone', ['home']],
      ['Mobile Number', ['cell']],
      ['Fax Number', ['fax']],
      ['Pager Number', ['pager']],
    ];
    for (const [col, types] of phones) {
      const v = cleanLine(cell(col));
      if (v) r.phones.push({ value: v, types, pref: false });
    }
    address(r, cell, 'Work');
    address(r, cell, 'Home');
    const org = cleanLine(cell('Organization'));
    const dept = cleanLine(cell('Department'));
    if (org || dept) r.orgs.push({ name: org, units: dept ? [dept] : [] });
    const title = cleanLine(cell('Job Title'));
    if (title) r.titles.push(title);
    for (const col of ['Web Page 1', 'Web Page 2']) {
      const v = cleanLine(cell(col));
      if (v) r.urls.push({ value: v, types: [], pref: false });
    }
    const birthday = birthdayFromParts(cell('Birth Year'), cell('Birth Month'), cell('Birth Day'));
    if (birthday) r.birthday = birthday;
    note(r, cell('Notes'));
    const custom = ['Custom 1', 'Custom 2', 'Custom 3', 'Custom 4']
      .map((c) => cell(c).trim())
      .filter(Boolean);
    if (custom.length) note(r, custom.join('\n'));
  },
};
