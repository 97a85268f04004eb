// Which format a file is in (from its content, or as the caller says) and its records.
import type { ParsedItem } from '../contact';
import { FileFormatError } from '../decode';
import type { ColumnMapping, ImportFormat } from '../schema';
import type { CsvFormat } from './csv-format';
import { csvItems } from './csv-format';
import { readCsv } from './csv-read';
import { checkMapping, linchpinCsvFormat, mappedFormat, suggestMapping } from './generic';
import { googleFormat, googleLegacyFormat } from './google';
import { linkedinFormat } from './linkedin';
import { outlookFormat } from './outlook';
import { thunderbirdFormat } from './thunderbird';
import { parseVcards } from './vcard';

/** Known CSV exports, most specific first. */
const CSV_FORMATS: CsvFormat[] = [
  linkedinFormat,
  googleLegacyFormat,
  googleFormat,
  outlookFormat,
  thunderbirdFormat,
  linchpinCsvFormat,
];

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  vcard: 'vCard',
  csv: 'CSV with a column mapping',
  ...(Object.fromEntries(CSV_FORMATS.map((f) => [f.id, f.label])) as Record<
    Exclude<ImportFormat, 'vcard' | 'csv'>,
    string
  >),
};

export interface PrepareOptions {
  format?: ImportFormat;
  mapping?: ColumnMapping;
  keepPhotos: boolean;
}

export interface PreparedFile {
  format: ImportFormat;
  total: number;
  items: Iterable<ParsedItem>;
  columns: string[];
  sample: string[][];
}

const VCARD = /^\s*begin\s*:\s*vcard\s*$/im;

function looksLikeBackup(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 200).includes('"linchpin-backup"');
}

/** Reads the file as the given format, or the one its content shows. Throws a clear error otherwise. */
export function prepareFile(text: string, opts: PrepareOptions): PreparedFile {
  if (looksLikeBackup(text)) {
    throw new FileFormatError(
      'This is a Linchpin backup, not a contacts file. Restore it with `linchpin restore FILE` or POST /api/v1/restore.',
    );
  }
  if (opts.format === 'vcard' || (!opts.format && VCARD.test(text))) {
    if (!VCARD.test(text)) {
      const lines = text.replace(/(\r\n|\n|\r)$/, '').split(/\r\n|\n|\r/).length;
      throw new FileFormatError(
        `No vCard found: the file has no BEGIN:VCARD line (lines 1–${lines} are not vCard data).`,
      );
    }
    const { total, items } = parseVcards(text, { keepPhotos: opts.keepPhotos });
    return { format: 'vcard', total, items, columns: [], sample: [] };
  }
  const table = readCsv(text);
  const columns = table.header;
  if (table.rows.length === 0 && looksLikeHeader(columns)) {
    throw new FileFormatError('This CSV file has a header row but no contacts under it.');
  }
  const sample = table.rows.slice(0, 5).map((r) => r.cells);
  const base = { total: table.rows.length, columns, sample };
  if (opts.format === 'csv' || opts.mapping) {
    if (!opts.mapping) throw needsMapping(columns);
    checkMapping(opts.mapping, columns);
    return { ...base, format: 'csv', items: csvItems(table, mappedFormat(opts.mapping)) };
  }
  const known = opts.format
    ? CSV_FORMATS.find((f) => f.id === opts.format)
    : CSV_FORMATS.find((f) => f.matches(columns));
  if (known) {
    if (opts.format && !known.matches(columns)) {
      throw new FileFormatError(
        `This file does not have the columns of a ${known.label} export. Its columns are: ${columns.join(', ')}.`,
      );
    }
    return { ...base, format: known.id as ImportFormat, items: csvItems(table, known) };
  }
  if (!looksLikeHeader(columns)) {
    throw new FileFormatError(
      'Unknown format: this is neither a vCard (.vcf) nor a CSV file with a header row. Export your contacts as vCard or CSV and try again.',
    );
  }
  throw needsMapping(columns);
}

function looksLikeHeader(columns: string[]): boolean {
  return columns.length >= 2 && columns.every((c) => c.length <= 100) && columns.filter(Boolean).length >= 2;
}

export class MappingNeededError extends FileFormatError {
  constructor(readonly columns: string[]) {
    super(
      `This CSV file is not an export Linchpin recognises, so it needs a column mapping (which column holds the name, the email, …). Its columns are: ${columns.join(', ')}.`,
    );
  }
}

function needsMapping(columns: string[]): MappingNeededError {
  return new MappingNeededError(columns);
}

/** What the import page shows before importing: the format, the columns and a suggested mapping. */
export function inspectFile(text: string, opts: { format?: ImportFormat }) {
  try {
    const prepared = prepareFile(text, { format: opts.format, keepPhotos: false });
    return { ...prepared, needsMapping: false, suggestedMapping: {} as ColumnMapping };
  } catch (err) {
    if (!(err instanceof MappingNeededError)) throw err;
    const table = readCsv(text);
    return {
      format: 'csv' as const,
      total: table.rows.length,
      columns: table.header,
      sample: table.rows.slice(0, 5).map((r) => r.cells),
      needsMapping: true,
      suggestedMapping: suggestMapping(table.header),
    };
  }
}
