// Outlook's CSV export (desktop and outlook.com): every field quoted, one column per kind of phone
// ("Business Phone", "Mobile Phone", …), "E-mail Address", "E-mail 2 Address", "E-mail 3 Address".

import { cleanLine } from '../../domain/contact/normalise';
import type { ContactRecord } from '../contact';
import { emptyAddress } from '../contact';
import { type Cell, type CsvFormat, hasAll, hasAny, note, setBirthday } from './csv-format';

const PHONES: [string, string[]][] = [
  ['Primary Phone', ['main']],
  ['Mobile Phone', ['cell']],
  ['Business Phone', ['work']],
  ['Business Phone 2', ['work']],
  ['Company Main Phone', ['work']],
  ['Home Phone', ['home']],
  ['Home Phone 2', ['home']],
  ['Other Phone', ['other']],
  ['Car Phone', ['car']],
  ["Assistant's Phone", ['assistant']],
  ['Callback', ['callback']],
  ['Radio Phone', ['other']],
  ['ISDN', ['isdn']],
  ['TTY/TDD Phone', ['textphone']],
  ['Pager', ['pager']],
  ['Business Fax', ['work', 'fax']],
  ['Home Fax', ['home', 'fax']],
  ['Other Fax', ['other', 'fax']],
];

function address(r: ContactRecord, cell: Cell, kind: 'Business' | 'Home' | 'Other'): void {
  const a = emptyAddress();
  a.types = [kind === 'Business' ? 'work' : kind.toLowerCase()];
  a.street = [cell(`${kind} Street`), cell(`${kind} Street 2`), cell(`${kind} Street 3`)]
    .map(cleanLine)
    .filter(Boolean)
    .join(', ');
  a.locality = cleanLine(cell(`${kind} City`));
  a.region = cleanLine(cell(`${kind} State`));
  a.postalCode = cleanLine(cell(`${kind} Postal Code`));
  a.country = cleanLine(cell(`${kind} Country/Region`) || cell(`${kind} Country`));
  a.poBox = cleanLine(cell(`${kind} Address PO Box`));
  if (a.street || a.locality || a.region || a.postalCode || a.country || a.poBox) r.addresses.push(a);
}

export const outlookFormat: CsvFormat = {
  id: 'outlook',
  label: 'Outlook (CSV)',
  matches: (header) =>
    hasAll(header, 'First Name', 'Last Name', 'E-mail Address') &&
    hasAny(header, 'Business Phone', 'Mobile Phone', 'Home Phone', 'Job Title', 'E-mail 2 Address'),
  fill(r, cell) {
    r.prefix = cleanLine(cell('Title'));
    r.given = cleanLine(cell('First Name'));
    r.middle = cleanLine(cell('Middle Name'));
    r.family = cleanLine(cell('Last Name'));
    r.suffix = cleanLine(cell('Suffix'));
    const nick = cleanLine(cell('Nickname'));
    if (nick) r.nicknames.push(nick);
    for (const col of ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address']) {
      const v = cleanLine(cell(col));
      if (v) r.emails.push({ value: v, types: [], pref: col === 'E-mail Address' });
    }
    for (const [col, types] of PHONES) {
      const v = cleanLine(cell(col));
      if (v) r.phones.push({ value: v, types, pref: col === 'Primary Phone' });
    }
    const company = cleanLine(cell('Company'));
    const dept = cleanLine(cell('Department'));
    if (company || dept) r.orgs.push({ name: company, units: dept ? [dept] : [] });
    const title = cleanLine(cell('Job Title'));
    if (title) r.titles.push(title);
    const profession = cleanLine(cell('Profession'));
    if (profession) r.titles.push(profession);
    address(r, cell, 'Business');
    address(r, cell, 'Home');
    address(r, cell, 'Other');
    for (const col of ['Web Page', 'Personal Web Page']) {
      const v = cleanLine(cell(col));
      if (v) r.urls.push({ value: v, types: col === 'Web Page' ? ['work'] : ['home'], pref: false });
    }
    setBirthday(r, cell('Birthday'));
    r.location = cleanLine(cell('Location'));
    note(r, cell('Notes'));
    for (const c of cell('Categories').split(/[;,]/)) if (c.trim()) r.categories.push(c.trim());
  },
};
