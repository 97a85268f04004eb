// The one guard against spreadsheet formula injection, for every CSV Linchpin writes (exports, insights).
// Pure.

/** What a spreadsheet runs as a formula when a cell starts with it: = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text a spreadsheet shows and never evaluates: an apostrophe before a formula's start. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}
