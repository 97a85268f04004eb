// LinkedIn's Connections.csv. Current exports start with a "Notes:" paragraph and have a URL column
// and dates like "09 Oct 2024"; older ones have neither and write dates like "1/8/18, 6:14 PM", and the
// oldest name the address column "E-mail Address" and have a "Tags" column.
import { cleanLine } from '../../domain/contact/normalise';
import { type CsvFormat, hasAll, parseLooseDate } from './csv-format';

/** LinkedIn writes " -" or "--" when a company is unknown. */
const placeholder = (s: string) => /^[\s\-–—.]*$/.test(s);

export const linkedinFormat: CsvFormat = {
  id: 'linkedin',
  label: 'LinkedIn connections',
  matches: (header) => hasAll(header, 'First Name', 'Last Name', 'Company', 'Position', 'Connected On'),
  fill(r, cell) {
    r.given = cleanLine(cell('First Name'));
    r.family = cleanLine(cell('Last Name'));
    const url = cleanLine(cell('URL'));
    if (url) r.urls.push({ value: url, types: [], pref: false, label: 'LinkedIn' });
    const email = cleanLine(cell('Email Address') || cell('E-mail Address'));
    // Members who hide their address appear as "urn:li:member:123"; that is an id, not an email.
    if (email && !/^urn:li:/i.test(email)) r.emails.push({ value: email, types: [], pref: true });
    const company = cleanLine(cell('Company'));
    if (!placeholder(company)) r.orgs.push({ name: company, units: [] });
    const position = cleanLine(cell('Position'));
    if (!placeholder(position)) r.titles.push(position);
    for (const tag of cell('Tags').split(/[,;]/)) if (tag.trim()) r.categories.push(tag.trim());
    const connected = cleanLine(cell('Connected On'));
    if (connected) {
      const date = parseLooseDate(connected);
      if (date && !date.startsWith('--')) r.connectedOn = date;
      else r.warnings.push(`"Connected On" value "${connected}" is not a date; no interaction recorded`);
    }
  },
};
