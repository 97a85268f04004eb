// What every CSV export format provides, and the small helpers they share.

import { cleanLine } from '../../domain/contact/normalise';
import { type ContactRecord, emptyRecord, type ParsedItem, type Typed } from '../contact';
import { type CsvRow, type CsvTable, rowAccessor } from './csv-read';
import { describeNonPhoneColumn, isNonPhone, type NonPhoneColumn, nonPhoneColumns } from './non-phone-cells';

export type Cell = (name: string) => string;

export interface CsvFormat {
  id: string;
  label: string;
  /** True when the header is this format's. */
  matches(header: string[]): boolean;
  /** Fills the record from one row; `cell` reads a column by header name. */
  fill(record: ContactRecord, cell: Cell, header: string[]): void;
}

/**
 * Turns the rows of a table into records with this format, as they are read: each batch's records are
 * made when the import gets to it and dropped after it, instead of all of them living through the import.
 * Cells of `phoneColumns` that are words, not numbers, are left out and reported once per column.
 */
export function csvItems(
  table: CsvTable,
  format: Pick<CsvFormat, 'fill'>,
  phoneColumns: readonly string[] = [],
): Iterable<ParsedItem> {
  const acc = rowAccessor(table.header);
  const wordy = nonPhoneColumns(table, phoneColumns);
  const firstOf = new Map(wordy.map((c) => [c.rows[0]!, describeNonPhoneColumn(c, table)]));
  const item = (row: CsvRow, i: number): ParsedItem => {
    const record = emptyRecord(row.lines);
    if (
      row.cells.length > table.header.length &&
      row.cells.slice(table.header.length).some((c) => c.trim())
    ) {
      record.warnings.push(
        `Row has ${row.cells.length} fields but the header has ${table.header.length}; the extra fields were ignored`,
      );
    }
    format.fill(record, (name) => acc.get(row, name), table.header);
    if (wordy.length) dropNonPhones(record, row, wordy);
    const summary = firstOf.get(i);
    if (summary) record.warnings.push(summary);
    return { ok: true, record };
  };
  return {
    *[Symbol.iterator]() {
      let i = 0;
      for (const row of table.rows) yield item(row, i++);
    },
  };
}

/** Takes off the record the phone values that came from a counted cell of this row. */
function dropNonPhones(record: ContactRecord, row: CsvRow, wordy: NonPhoneColumn[]): void {
  const words = new Set<string>();
  for (const c of wordy) {
    const cell = row.cells[c.index] ?? '';
    if (isNonPhone(cell)) for (const part of cell.split(/:::|;/)) words.add(cleanLine(part));
  }
  if (words.size) record.phones = record.phones.filter((p) => !words.has(cleanLine(p.value)));
}

export const hasAll = (header: string[], ...names: string[]) => {
  const set = new Set(header.map((h) => h.toLowerCase()));
  return names.every((n) => set.has(n.toLowerCase()));
};
export const hasAny = (header: string[], ...names: string[]) => {
  const set = new Set(header.map((h) => h.toLowerCase()));
  return names.some((n) => set.has(n.toLowerCase()));
};

/** Google's multi-value cells: "a@x.com ::: b@y.com". */
export function splitMulti(cell: string): string[] {
  // Split on the bare separator and trim after: /\s*:::\s*/ took time in the square of a run of spaces.
  return cell
    .split(':::')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A Google type or label cell: "* Work" is the primary one; "Work ::: Home" pairs with multi-values. */
export function parseLabel(cell: string): { types: string[]; pref: boolean; label?: string } {
  let v = cleanLine(cell);
  const pref = v.startsWith('*');
  v = v.replace(/^\*\s*/, '');
  const lower = v.toLowerCase();
  const known = ['home', 'work', 'mobile', 'cell', 'main', 'other', 'fax', 'pager', 'home fax', 'work fax'];
  if (!v) return { types: [], pref };
  if (known.includes(lower)) return { types: lower.split(' '), pref };
  return { types: [], pref, label: v };
}

/** Adds every value of a multi-value cell with the same types. */
export function pushTyped(into: Typed[], valueCell: string, labelCell = '', extraTypes: string[] = []): void {
  const { types, pref, label } = parseLabel(labelCell);
  splitMulti(valueCell).forEach((value, i) => {
    into.push({
      value,
      types: [...types, ...extraTypes],
      pref: pref && i === 0,
      ...(label ? { label } : {}),
    });
  });
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** How a date written with slashes orders its day and month: "7/19/1985" (US) or "19/7/1985". */
export type DateOrder = 'mdy' | 'dmy';

/**
 * Dates as exports write them: "2024-10-09", "1975/4/1" (year first), "09 Oct 2024", "Oct 9, 2024", "1/8/18, 6:14 PM" (with
 * slashes: month first, as LinkedIn and US Outlook write them, unless `order` says day first),
 * "03/14" (Mailchimp: no year), "3.7.1975" (German: day first), "31-12-1980" (Dutch: day first),
 * "--02-03" (no year), "3rd March 1980", "March 3" (no year), 29283 (Excel's serial number). Two-digit
 * years are 19xx above `pivot`.
 */
export function parseLooseDate(raw: string, pivot = 50, order: DateOrder = 'mdy'): string | undefined {
  const v = cleanLine(raw);
  if (!v) return undefined;
  const year = (y: string) => {
    const n = +y;
    return y.length === 2 ? n + (n > pivot ? 1900 : 2000) : n;
  };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(v);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // Year first with slashes or dots, as Japanese, Chinese and Korean write dates: "1975/4/1", "1990. 3. 15.",
  // "1988年8月8日".
  m =
    /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v) ??
    /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?$/.exec(v) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(v);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  // A date cell Excel wrote as its serial number (a column never formatted as dates): days since
  // 30 December 1899; five digits span 1927 to 2173.
  if (/^\d{5}$/.test(v)) {
    const d = new Date(Date.UTC(1899, 11, 30) + +v * 86_400_000);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  m = /^--(\d{2})-?(\d{2})$/.exec(v);
  if (m) return monthDay(+m[1]!, +m[2]!);
  // With the month in words, the day may carry its ordinal ("3rd March 1980") and the year be left out
  // ("March 3", as forms ask for a birthday).
  m = /^(\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,})\.?(?:[ -,]+(\d{4}))?$/.exec(v);
  if (m) return inWords(m[2]!, +m[1]!, m[3]);
  m = /^([A-Za-z]{3,})\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(v);
  if (m) return inWords(m[1]!, +m[2]!, m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*([AP]M)?)?$/i.exec(v);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    return order === 'dmy' ? iso(year(m[3]!), b, a) : iso(year(m[3]!), a, b);
  }
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (m) return order === 'dmy' ? monthDay(+m[2]!, +m[1]!) : monthDay(+m[1]!, +m[2]!);
  // Day first whatever `order` says: no one writes the month first with dots, or with dashes before a year.
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/.exec(v) ?? /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v);
  if (m) return iso(year(m[3]!), +m[2]!, +m[1]!);
  return undefined;
}

/** A date whose month is written in English words ("Mar", "March"), with or without its year. */
function inWords(monthWord: string, day: number, year: string | undefined): string | undefined {
  const month = MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()) + 1;
  if (!month) return undefined;
  return year ? iso(+year, month, day) : monthDay(month, day);
}

function monthDay(month: number, day: number): string | undefined {
  // A leap year, so that 29 February is a date.
  return iso(2000, month, day)
    ? `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : undefined;
}

/**
 * A birthday kept in three cells (Thunderbird: year, month, day): YYYY-MM-DD, or --MM-DD without a
 * year; undefined when the month and day are not a date.
 */
export function birthdayFromParts(year: string, month: string, day: string): string | undefined {
  const [y, m, d] = [year, month, day].map(cleanLine);
  if (!/^\d{1,2}$/.test(m ?? '') || !/^\d{1,2}$/.test(d ?? '')) return undefined;
  return /^\d{4}$/.test(y ?? '') ? iso(+y!, +m!, +d!) : monthDay(+m!, +d!);
}

/** How Outlook writes "no date" in each locale: "0/0/00", "00/00/00", "0.0.00", "0-0-00". */
const NO_DATE = /^0{1,2}([/.-])0{1,2}\1(0{2}|0{4})$/;

/** Sets the birthday from a cell, or notes why it was ignored. */
export function setBirthday(record: ContactRecord, cell: string, order: DateOrder = 'mdy'): void {
  const v = cleanLine(cell);
  if (!v || NO_DATE.test(v)) return;
  const d = parseLooseDate(v, 30, order);
  if (d) record.birthday = d;
  else record.warnings.push(`Birthday "${v}" is not a date; ignored`);
}

export function note(record: ContactRecord, text: string): void {
  // ClickUp writes an empty list of comments as "[]".
  if (text.trim() && text.trim() !== '[]') record.notes.push(text);
}
