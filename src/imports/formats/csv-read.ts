// Reads a CSV export with csv-parse: finds the header (after LinkedIn's "Notes:" preamble), guesses the
// delimiter, and keeps each row's line numbers for the report. A broken file (a quote never closed) is
// one clear error, so nothing is imported from a file that cannot be read to its end.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { type Options, Parser } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { FileFormatError } from '../decode';

export interface CsvRow {
  cells: string[];
  lines: [number, number];
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  delimiter: string;
  rows: CsvRow[];
}

/** LinkedIn puts a "Notes:" paragraph and a blank line before the header. */
function skipPreamble(text: string): { body: string; skippedLines: number } {
  if (!/^\s*"?Notes:/i.test(text)) return { body: text, skippedLines: 0 };
  // Walks the first lines only: the body of a large export is not split into lines for this.
  const SEP = /\r\n|\n|\r/g;
  let start = 0;
  let line = 0;
  let sawBlank = false;
  for (;;) {
    const m = SEP.exec(text);
    const blank = text.slice(start, m ? m.index : text.length).trim() === '';
    if (line > 0 && blank) sawBlank = true;
    else if (sawBlank) return { body: text.slice(start), skippedLines: line };
    line++;
    // Nothing but the preamble and blank lines: no header to read.
    if (!m) return sawBlank ? { body: '', skippedLines: line } : { body: text, skippedLines: 0 };
    start = SEP.lastIndex;
  }
}

/**
 * Lines looked at for a header: below Excel's "sep=" line, LinkedIn's "Notes:" or title lines (a report's
 * name and date, a board's and a group's name), it is among the first.
 */
export const HEADER_LINES = 10;
/** Column names a header below title lines must have that no title line has: three, so no row of data passes. */
const HEADER_NAMES = 3;

/** How many cells of a line (split at any separator) the caller knows as column names. */
export function columnNamesIn(line: string, isColumnName: (cell: string) => boolean): number {
  return line
    .split(/[,;\t]/)
    .map((c) => c.trim().replace(/^"|"$/g, ''))
    .filter((c) => c && isColumnName(c)).length;
}

/** The first lines of a text, where a header is looked for. */
export const firstLines = (text: string): string[] =>
  text.slice(0, 16 * 1024).split(/\r\n|\n|\r/, HEADER_LINES);

/**
 * Reports and boards saved as CSV put lines above the header: Zoom's "Report Generated:" and webinar
 * lines then "Registrant Report,", Monday's board and group names. When the first line names hardly any
 * column and one of the next lines names several, the lines above that one are skipped.
 */
function skipTitleLines(
  text: string,
  isColumnName: (cell: string) => boolean,
): { body: string; skippedLines: number } {
  const lines = firstLines(text);
  const first = columnNamesIn(lines[0] ?? '', isColumnName);
  if (first >= HEADER_NAMES - 1) return { body: text, skippedLines: 0 };
  const at = lines.findIndex((l, i) => i > 0 && columnNamesIn(l, isColumnName) >= HEADER_NAMES);
  if (at < 0) return { body: text, skippedLines: 0 };
  const SEP = /\r\n|\n|\r/g;
  for (let i = 0; i < at; i++) SEP.exec(text);
  return { body: text.slice(SEP.lastIndex), skippedLines: at };
}

const DELIMITERS = [',', ';', '\t'] as const;

/** How many times each separator occurs in a line outside quotes. */
function delimiterCounts(line: string): Record<string, number> {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c]!++;
  }
  return counts;
}

/**
 * The separator of a CSV: of those in the header line (quotes respected), the one that splits the next
 * lines into as many fields as the header, so a header "Name;Company, Inc.;Email" is read by its
 * semicolons; with no next lines to tell, the one that splits the header into the most fields.
 */
export function sniffDelimiter(headerLine: string, nextLines: readonly string[] = []): string {
  const head = delimiterCounts(headerLine);
  const rows = nextLines.filter((l) => l.trim()).map(delimiterCounts);
  const ranked = DELIMITERS.filter((d) => head[d]! > 0).sort((a, b) => head[b]! - head[a]!);
  const consistent = ranked.find((d) => rows.length > 0 && rows.every((r) => r[d] === head[d]));
  return consistent ?? ranked[0] ?? ',';
}

/** The lines after the header that sniffDelimiter compares it with (from the start of the file only). */
function linesAfterHeader(body: string): string[] {
  return body
    .slice(0, 64 * 1024)
    .split(/\r\n|\n|\r/)
    .slice(1, 6);
}

/** Line breaks in a cell: CRLF, LF or a lone CR each count as one, mixed as they may be. */
function newlines(s: string): number {
  return s.match(/\r\n|\n|\r/g)?.length ?? 0;
}

/** Excel may start a CSV with "sep=;" to name its delimiter. */
function excelSeparator(text: string): { body: string; delimiter?: string; skipped: number } {
  const m = /^sep=(.)(?:\r\n|\n|\r)/i.exec(text);
  return m ? { body: text.slice(m[0].length), delimiter: m[1]!, skipped: 1 } : { body: text, skipped: 0 };
}

/**
 * Any mix of CRLF, LF and CR ends a record (csv-parse on its own splits records on the first kind it
 * meets only, so a CRLF header over LF rows read as one long row). Line breaks inside quoted cells are
 * kept as they are.
 */
const CSV_OPTIONS = {
  relax_column_count: true,
  relax_quotes: true,
  record_delimiter: ['\r\n', '\n', '\r'],
};

function unreadable(err: unknown, line: number): FileFormatError {
  const code = (err as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return new FileFormatError(
      `This CSV file cannot be read: a quoted field that starts on or after line ${line} is never closed (unbalanced quotes). Nothing was imported.`,
    );
  }
  return new FileFormatError(
    `This CSV file cannot be read near line ${line}: ${(err as Error).message}. Nothing was imported.`,
  );
}

/** The last line of the last record read before the error (a second, slower pass: errors are rare). */
function lastGoodLine(body: string, delimiter: string): number {
  let last = 0;
  try {
    parse(body, {
      ...CSV_OPTIONS,
      delimiter,
      on_record: (record, context) => {
        last = context.lines;
        return record;
      },
    });
  } catch {
    // the error is the one being reported
  }
  return last;
}

/** A blank line, which csv-parse reads as a record of one empty field. */
const isBlankLine = (cells: string[]) => cells.length === 1 && cells[0] === '';

/**
 * Line numbers without csv-parse's per-record info objects (a third of its time): blank lines are kept
 * as records, so every line break of the file is either one record's end or inside one of its cells,
 * and each record starts on the line after the previous one ends.
 */
function numberRows(records: string[][], firstLine: number): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = firstLine - 1;
  for (const cells of records) {
    let breaks = 0;
    for (const cell of cells) if (cell.includes('\n') || cell.includes('\r')) breaks += newlines(cell);
    const start = line + 1;
    line = start + breaks;
    if (!isBlankLine(cells)) rows.push({ cells, lines: [start, line] });
  }
  return rows;
}

/**
 * Runs csv-parse without stack traces: with relax_column_count it builds (and drops) an Error for every
 * record shorter than the first, a blank line included, and capturing its stack was most of the cost
 * (about 50 µs a blank line). Nothing else runs while it does, so the global limit is restored before
 * any other code sees it.
 */
function withoutStacks<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

interface CsvBody {
  body: string;
  skippedLines: number;
  delimiter: string;
}

/**
 * Whether the body may hold a blank line (a false alarm inside a quoted cell only costs speed). Blank
 * lines are not records for csv-parse here (each one used to cost it an Error), so when there may be
 * some, each record's last line is taken from csv-parse (which doubles its time: only then).
 */
function mayHaveBlankLines(body: string): boolean {
  return (
    ['\n\n', '\r\r', '\n\r\n', '\r\n\r', '\n\r'].some((gap) => body.includes(gap)) || /^[\r\n]/.test(body)
  );
}

/** csv-parse's options for this body, and where the last line of each record goes when it is needed. */
function parseOptions(b: CsvBody): { options: Options; ends?: number[] } {
  const options: Options = { ...CSV_OPTIONS, delimiter: b.delimiter, skip_empty_lines: true };
  if (!mayHaveBlankLines(b.body)) return { options };
  const ends: number[] = [];
  return {
    ends,
    options: {
      ...options,
      on_record: (record: string[], context: { lines: number }) => {
        ends.push(context.lines);
        return record;
      },
    },
  };
}

export interface ReadCsvOptions {
  delimiter?: string;
  /** Whether a cell is a column name a header would have: lets title lines above the header be skipped. */
  isColumnName?: (cell: string) => boolean;
}

function csvBody(text: string, opts: ReadCsvOptions): CsvBody {
  const excel = excelSeparator(text);
  const pre = skipPreamble(excel.body);
  const titles = opts.isColumnName
    ? skipTitleLines(pre.body, opts.isColumnName)
    : { body: pre.body, skippedLines: 0 };
  const body = titles.body;
  const firstLine = /^[^\r\n]*/.exec(body)![0];
  const delimiter = opts.delimiter ?? excel.delimiter ?? sniffDelimiter(firstLine, linesAfterHeader(body));
  return { body, skippedLines: pre.skippedLines + titles.skippedLines + excel.skipped, delimiter };
}

/**
 * Rows whose last lines csv-parse gave (in the body, after `skippedLines` lines). It counts a CRLF
 * inside a quoted cell as two lines; every one seen so far is taken off again.
 */
function rowsEndingAt(records: string[][], ends: number[], skippedLines: number): CsvRow[] {
  let crlfs = 0;
  return records.map((cells, i) => {
    let breaks = 0;
    for (const cell of cells) {
      if (!cell.includes('\n') && !cell.includes('\r')) continue;
      breaks += newlines(cell);
      crlfs += cell.split('\r\n').length - 1;
    }
    const end = skippedLines + ends[i]! - crlfs;
    return { cells, lines: [end - breaks, end] };
  });
}

export function readCsv(text: string, opts: ReadCsvOptions = {}): CsvTable {
  const b = csvBody(text, opts);
  const { body, skippedLines, delimiter } = b;
  const { options, ends } = parseOptions(b);
  let records: string[][];
  try {
    records = withoutStacks(() => parse(body, options) as string[][]);
  } catch (err) {
    throw unreadable(err, skippedLines + lastGoodLine(body, delimiter) + 1);
  }
  return toTable(records, ends, skippedLines, delimiter);
}

/** Bytes csv-parse reads between two turns of the event loop (a few milliseconds of work). */
const SLICE_BYTES = 128 * 1024;

/**
 * readCsv for the server: the same records, read a slice at a time with a turn of the event loop in
 * between, so a large or hostile upload delays other requests by one slice, not by the whole file.
 */
export async function readCsvInSteps(text: string, opts: ReadCsvOptions = {}): Promise<CsvTable> {
  const b = csvBody(text, opts);
  const { body, skippedLines, delimiter } = b;
  const { options, ends } = parseOptions(b);
  const bytes = Buffer.from(body, 'utf8');
  const parser = new Parser(options);
  const records: string[][] = [];
  let failure: unknown;
  parser.on('data', (record: string[]) => records.push(record));
  parser.on('error', (err) => {
    failure = err;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', () => resolve());
  });
  for (let at = 0; at < bytes.length && failure === undefined; at += SLICE_BYTES) {
    withoutStacks(() => parser.write(bytes.subarray(at, at + SLICE_BYTES)));
    await nextTurn();
  }
  if (failure === undefined) withoutStacks(() => parser.end());
  await ended;
  if (failure !== undefined) {
    // The line of the last record read before the error, counted as readCsv counts it.
    throw unreadable(failure, skippedLines + lastGoodLine(body, delimiter) + 1);
  }
  return toTable(records, ends, skippedLines, delimiter);
}

function toTable(
  records: string[][],
  ends: number[] | undefined,
  skippedLines: number,
  delimiter: string,
): CsvTable {
  const rows = ends ? rowsEndingAt(records, ends, skippedLines) : numberRows(records, skippedLines + 1);
  const head = rows.shift();
  if (!head) throw new FileFormatError('This CSV file has no header row.');
  return {
    header: uniqueNames(head.cells.map((h) => h.replace(/^\ufeff/, '').trim())),
    headerLine: head.lines[0],
    delimiter,
    rows: rows.filter((r) => r.cells.some((c) => c.trim() !== '')),
  };
}

/**
 * A header that repeats is named with its rank, "Titre (2)", so that a mapping can name each column
 * (French Outlook writes two "Titre" columns: the courtesy title, then the job title).
 */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    if (!name) return name;
    const key = name.toLowerCase();
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    return rank === 1 ? name : `${name} (${rank})`;
  });
}

/** Cells by header name, case-insensitive; a header that repeats keeps its first column. */
export function rowAccessor(header: string[]) {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const k = h.toLowerCase();
    if (!index.has(k)) index.set(k, i);
  });
  return {
    has: (name: string) => index.has(name.toLowerCase()),
    get: (row: CsvRow, name: string): string => {
      const i = index.get(name.toLowerCase());
      return i === undefined ? '' : (row.cells[i] ?? '');
    },
  };
}
