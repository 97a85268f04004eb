// Phone columns whose cells hold words, not numbers ("pager", "mobile", "n/a"): a label or a placeholder
// typed where the number goes; or a number Excel wrote in scientific notation, whose digits are lost. They
// are counted per column before the rows are read, so the report says so once for the column, with a
// count, instead of once for every cell.
import { isExcelScientific } from '../excel-numbers';
import type { CsvTable } from './csv-read';

export interface NonPhoneColumn {
  column: string;
  index: number;
  /** Rows (indexes into the table's rows) whose cell in this column is not a number. */
  rows: number[];
  /** A few of the distinct values, for the report. */
  examples: string[];
}

/**
 * A cell that is no phone number whatever the region: no digit at all, or a number Excel wrote in
 * scientific notation ("4,91701E+11": the digits past the sixth are gone).
 */
export const isNonPhone = (cell: string): boolean =>
  (cell.trim() !== '' && !/\d/.test(cell)) || isExcelScientific(cell);

const EXAMPLES = 3;
const LINES_SHOWN = 5;

export function nonPhoneColumns(table: CsvTable, phoneColumns: readonly string[]): NonPhoneColumn[] {
  const wanted = new Set(phoneColumns.map((c) => c.toLowerCase()));
  const out: NonPhoneColumn[] = [];
  const seen = new Set<string>();
  table.header.forEach((column, index) => {
    const key = column.toLowerCase();
    if (!wanted.has(key) || seen.has(key)) return;
    seen.add(key);
    const found: NonPhoneColumn = { column, index, rows: [], examples: [] };
    table.rows.forEach((row, i) => {
      const cell = row.cells[index] ?? '';
      if (!isNonPhone(cell)) return;
      found.rows.push(i);
      const v = cell.trim();
      if (found.examples.length < EXAMPLES && !found.examples.includes(v)) found.examples.push(v);
    });
    if (found.rows.length) out.push(found);
  });
  return out;
}

/** The one line of the report for a column, put on the first record it concerns. */
export function describeNonPhoneColumn(c: NonPhoneColumn, table: CsvTable): string {
  const n = c.rows.length;
  const lines = c.rows.slice(0, LINES_SHOWN).map((i) => table.rows[i]!.lines[0]);
  const more = n > LINES_SHOWN ? ` and ${n - LINES_SHOWN} more` : '';
  const values = c.examples.map((e) => `"${e.slice(0, 40)}"`).join(', ');
  const excel = c.examples.some(isExcelScientific)
    ? '; Excel wrote numbers in scientific notation, which loses their digits: format the column as text in Excel before saving'
    : '';
  return `Column "${c.column}": ${n} ${n === 1 ? 'value is' : 'values are'} not a phone number (${values}${excel}); skipped (line${n === 1 ? '' : 's'} ${lines.join(', ')}${more})`;
}
