// Reads a CSV export with csv-parse: finds the header (after LinkedIn's "Notes:" preamble), guesses the
// delimiter, and keeps each row's line numbers for the report. A broken file (a quote never closed) is
// one clear error, so nothing is imported from a file that cannot be read to its end.
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
  const lines = text.split(/\r\n|\n|\r/);
  const blank = lines.findIndex((l, i) => i > 0 && l.trim() === '');
  if (blank < 0) return { body: text, skippedLines: 0 };
  let first = blank;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  return { body: lines.slice(first).join('\n'), skippedLines: first };
}

/** The separator that splits the header line into the most fields (quotes respected). */
export function sniffDelimiter(headerLine: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c]!++;
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : ',';
}

function newlines(s: string): number {
  const lf = s.match(/\n/g)?.length ?? 0;
  return lf > 0 ? lf : (s.match(/\r/g)?.length ?? 0);
}

/** Excel may start a CSV with "sep=;" to name its delimiter. */
function excelSeparator(text: string): { body: string; delimiter?: string; skipped: number } {
  const m = /^sep=(.)\r?\n/i.exec(text);
  return m ? { body: text.slice(m[0].length), delimiter: m[1]!, skipped: 1 } : { body: text, skipped: 0 };
}

export function readCsv(text: string, opts: { delimiter?: string } = {}): CsvTable {
  const excel = excelSeparator(text);
  const pre = skipPreamble(excel.body);
  const body = pre.body;
  const skippedLines = pre.skippedLines + excel.skipped;
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const delimiter = opts.delimiter ?? excel.delimiter ?? sniffDelimiter(firstLine);
  let lastGoodLine = 0;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      on_record: (record, context) => {
        lastGoodLine = context.lines;
        return record;
      },
    }) as unknown as typeof records;
  } catch (err) {
    const code = (err as { code?: string }).code;
    const line = skippedLines + lastGoodLine + 1;
    if (code === 'CSV_QUOTE_NOT_CLOSED') {
      throw new FileFormatError(
        `This CSV file cannot be read: a quoted field that starts on or after line ${line} is never closed (unbalanced quotes). Nothing was imported.`,
      );
    }
    throw new FileFormatError(
      `This CSV file cannot be read near line ${line}: ${(err as Error).message}. Nothing was imported.`,
    );
  }
  // A record ends on info.lines and starts as many lines earlier as its quoted fields hold line breaks.
  const rows: CsvRow[] = records.map(({ record, info }) => {
    const end = skippedLines + info.lines;
    let breaks = 0;
    for (const cell of record) if (cell.includes('\n') || cell.includes('\r')) breaks += newlines(cell);
    return { cells: record, lines: [end - breaks, end] };
  });
  const head = rows.shift();
  if (!head) throw new FileFormatError('This CSV file has no header row.');
  return {
    header: head.cells.map((h) => h.replace(/^\ufeff/, '').trim()),
    headerLine: head.lines[0],
    delimiter,
    rows: rows.filter((r) => r.cells.some((c) => c.trim() !== '')),
  };
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
