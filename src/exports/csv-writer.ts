// CSV for spreadsheets: every cell quoted, CRLF, and cells a spreadsheet would run as a formula made
// text (domain/csv/formula-guard.ts). Pure.
import { neutraliseFormula } from '../domain/csv/formula-guard';
import { LINCHPIN_CSV_COLUMNS } from '../imports/formats/generic';

export function csvCell(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

export function csvRow(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export interface CsvPerson {
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  company: string;
  title: string;
  location: string;
  links: { url: string }[];
  tags: string[];
  blurb: string;
  createdAt: string;
  updatedAt: string;
}

export const MULTI_SEPARATOR = ' ::: ';

/** The header, with a UTF-8 byte order mark so spreadsheet programs read accents right. */
export const csvHeader = () => `\ufeff${csvRow([...LINCHPIN_CSV_COLUMNS])}`;

export function personToCsv(p: CsvPerson): string {
  return csvRow([
    p.name,
    p.emails.join(MULTI_SEPARATOR),
    p.phones.join(MULTI_SEPARATOR),
    p.company,
    p.title,
    p.location,
    p.links.map((l) => l.url).join(MULTI_SEPARATOR),
    p.tags.join(MULTI_SEPARATOR),
    p.blurb,
    p.createdAt,
    p.updatedAt,
    p.id,
  ]);
}
