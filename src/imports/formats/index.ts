// Which format a file is in (from its content, or as the caller says) and its records.
import type { ParsedItem } from '../contact';
import { FileFormatError } from '../decode';
import type { ColumnMapping, ImportFormat } from '../schema';
import type { CsvFormat, DateOrder } from './csv-format';
import { csvItems } from './csv-format';
import { type CsvTable, columnNamesIn, firstLines, readCsv, readCsvInSteps, rowAccessor } from './csv-read';
import { checkMapping, linchpinCsvFormat, mappedFormat } from './generic';
import { googleFormat, googleLegacyFormat } from './google';
import {
  dateOrderOf,
  fieldForHeader,
  guessMapping,
  isUsableMapping,
  type MappingGuess,
} from './guess-mapping';
import { isLdifText, parseLdif } from './ldif';
import { linkedinFormat } from './linkedin';
import { outlookFormat } from './outlook';
import { thunderbirdFormat } from './thunderbird';
import { parseVcards, parseVcardsInSteps } from './vcard';
import { countLines, DETECT_LINES, hasCardStart } from './vcard-markers';

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
  ldif: 'LDIF address book',
  csv: 'Other CSV, columns matched by name',
  ...(Object.fromEntries(CSV_FORMATS.map((f) => [f.id, f.label])) as Record<
    Exclude<ImportFormat, 'vcard' | 'ldif' | 'csv'>,
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
  /** For a CSV that is none of the known exports: the mapping guessed from its headers and cells. */
  guess?: MappingGuess;
}

function looksLikeBackup(text: string): boolean {
  return text.trimStart().startsWith('{') && text.slice(0, 200).includes('"linchpin-backup"');
}

/** A header cell the guesser knows ("E-mail", "Vorname"): what tells a header from the title lines above it. */
const isColumnName = (cell: string) => fieldForHeader(cell) !== undefined;

/**
 * How many column names of a text's first lines the guesser knows: how much of a file a reading makes
 * sense of, to choose the code page of a file that is not UTF-8 by (decode.ts). A reading in the wrong
 * page spells no column name outside ASCII.
 */
export function recognisedColumns(text: string): number {
  return Math.max(0, ...firstLines(text).map((line) => columnNamesIn(line, isColumnName)));
}

/** Reads the file as the given format, or the one its content shows. Throws a clear error otherwise. */
export function prepareFile(text: string, opts: PrepareOptions): PreparedFile {
  if (isLdif(text, opts)) return prepareLdif(text, opts);
  if (!isVcard(text, opts)) return prepareCsv(readCsv(text, { isColumnName }), opts);
  const { total, items } = parseVcards(text, { keepPhotos: opts.keepPhotos });
  return { format: 'vcard', total, items, columns: [], sample: [] };
}

/**
 * prepareFile for the server: a CSV file is read a slice at a time with turns of the event loop between
 * (a vCard file is split into cards in one linear pass, and each card is parsed when the import gets to it).
 */
export async function prepareFileInSteps(text: string, opts: PrepareOptions): Promise<PreparedFile> {
  // An LDIF file is split into entries in one linear pass; each entry is read when the import gets to it.
  if (isLdif(text, opts)) return prepareLdif(text, opts);
  if (!isVcard(text, opts)) return prepareCsv(await readCsvInSteps(text, { isColumnName }), opts);
  const { total, items } = await parseVcardsInSteps(text, { keepPhotos: opts.keepPhotos });
  return { format: 'vcard', total, items, columns: [], sample: [] };
}

/** Whether the file is to be read as LDIF (its first entry starts with `dn:`, or the caller says so). */
function isLdif(text: string, opts: Pick<PrepareOptions, 'format'>): boolean {
  if (opts.format !== undefined && opts.format !== 'ldif') return false;
  if (isLdifText(text)) return true;
  if (opts.format === 'ldif') {
    throw new FileFormatError(
      'No LDIF entry found: the file does not start with a dn: line (after any comments and a version: line).',
    );
  }
  return false;
}

function prepareLdif(text: string, opts: PrepareOptions): PreparedFile {
  const { total, items } = parseLdif(text, { keepPhotos: opts.keepPhotos });
  return { format: 'ldif', total, items, columns: [], sample: [] };
}

/** Whether the file is to be read as vCards (it is one, or the caller says so); else it is read as CSV. */
function isVcard(text: string, opts: Pick<PrepareOptions, 'format'>): boolean {
  if (looksLikeBackup(text)) {
    throw new FileFormatError(
      'This is a Linchpin backup, not a contacts file. Restore it with `linchpin restore FILE` or POST /api/v1/restore.',
    );
  }
  if (opts.format !== 'vcard' && (opts.format || !hasCardStart(text, DETECT_LINES))) return false;
  if (!hasCardStart(text)) {
    throw new FileFormatError(
      `No vCard found: the file has no BEGIN:VCARD line (lines 1–${countLines(text)} are not vCard data).`,
    );
  }
  return true;
}

function prepareCsv(table: CsvTable, opts: PrepareOptions): PreparedFile {
  const columns = table.header;
  if (table.rows.length === 0 && (looksLikeHeader(columns) || columns.some((c) => fieldForHeader(c)))) {
    throw new FileFormatError('This CSV file has a header row but no contacts under it.');
  }
  const sample = table.rows.slice(0, 5).map((r) => r.cells);
  const base = { total: table.rows.length, columns, sample };
  if (opts.mapping) {
    checkMapping(opts.mapping, columns);
    return { ...base, format: 'csv', items: mappedItems(table, opts.mapping) };
  }
  // `csv` is "none of the known exports": its columns are guessed below.
  const known =
    opts.format === 'csv'
      ? undefined
      : opts.format
        ? CSV_FORMATS.find((f) => f.id === opts.format)
        : CSV_FORMATS.find((f) => f.matches(columns));
  if (known) {
    if (opts.format && !known.matches(columns)) {
      throw new FileFormatError(
        `This file does not have the columns of a ${known.label} export. Its columns are: ${columns.join(', ')}.`,
      );
    }
    const phones = columns.filter((c) => fieldForHeader(c) === 'phone');
    return { ...base, format: known.id as ImportFormat, items: csvItems(table, known, phones) };
  }
  const guess = guessMapping(
    columns,
    table.rows.map((r) => r.cells),
  );
  if (!isUsableMapping(guess.mapping)) {
    if (!looksLikeHeader(columns)) {
      throw new FileFormatError(
        'Unknown format: this is neither a vCard (.vcf) nor a CSV file with a header row. Export your contacts as vCard or CSV and try again.',
      );
    }
    throw needsMapping(columns);
  }
  return { ...base, format: 'csv', guess, items: mappedItems(table, guess.mapping) };
}

function mappedItems(table: CsvTable, mapping: ColumnMapping): Iterable<ParsedItem> {
  const phone = mapping.phone;
  const phones = phone === undefined ? [] : Array.isArray(phone) ? phone : [phone];
  return csvItems(table, mappedFormat(mapping, birthdayOrder(table, mapping)), phones);
}

/** How the birthday column orders day and month, from its header and its dates. */
function birthdayOrder(table: CsvTable, mapping: ColumnMapping): DateOrder {
  const column = [mapping.birthday].flat()[0];
  if (column === undefined) return 'mdy';
  const acc = rowAccessor(table.header);
  return dateOrderOf(
    column,
    table.rows.map((r) => acc.get(r, column)),
  );
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
export async function inspectFile(text: string, opts: { format?: ImportFormat }) {
  const prepareOpts = { format: opts.format, keepPhotos: false };
  if (isLdif(text, prepareOpts) || isVcard(text, prepareOpts)) {
    const vcard = await prepareFileInSteps(text, prepareOpts);
    return { ...vcard, needsMapping: false, suggestedMapping: {} as ColumnMapping, guess: undefined };
  }
  const table = await readCsvInSteps(text, { isColumnName });
  try {
    const prepared = prepareCsv(table, prepareOpts);
    return { ...prepared, needsMapping: false, suggestedMapping: prepared.guess?.mapping ?? {} };
  } catch (err) {
    if (!(err instanceof MappingNeededError)) throw err;
    const guess = guessMapping(
      table.header,
      table.rows.map((r) => r.cells),
    );
    return {
      format: 'csv' as const,
      total: table.rows.length,
      columns: table.header,
      sample: table.rows.slice(0, 5).map((r) => r.cells),
      needsMapping: true,
      suggestedMapping: guess.mapping,
      guess,
    };
  }
}
