// Human-readable output: aligned tables, key/value blocks and error messages.
import type { ProblemError } from '../shared/errors';
import type { CliIo } from './io';

export interface Column<T> {
  header: string;
  value(row: T): string;
  /** Longer values are cut with an ellipsis, so one long blurb does not wreck the table. */
  max?: number;
}

export function table<T>(rows: readonly T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => clip(oneLine(c.value(row)), c.max ?? 40)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => width(r[i]!))));
  const render = (values: string[]) =>
    values
      .map((v, i) => (i === values.length - 1 ? v : v + ' '.repeat(widths[i]! - width(v))))
      .join('  ')
      .trimEnd();
  return `${[render(columns.map((c) => c.header)), ...cells.map(render)].join('\n')}\n`;
}

/** "Label:  value" lines with the values aligned; empty values are left out. */
export function fields(pairs: [string, string | number | null | undefined][]): string {
  const shown = pairs.filter(([, v]) => v !== undefined && v !== null && v !== '');
  const w = Math.max(0, ...shown.map(([k]) => k.length)) + 1;
  return shown
    .map(([k, v]) => {
      const [first, ...rest] = String(v).split('\n');
      const pad = ' '.repeat(w + 2);
      return [`${`${k}:`.padEnd(w)}  ${first}`, ...rest.map((l) => pad + l)].join('\n');
    })
    .join('\n')
    .concat(shown.length ? '\n' : '');
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A word for a POSIX shell: as it is when that is safe, else single-quoted. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A problem as the CLI shows it: one line per offending field, so each names what to fix. */
export function formatProblem(err: ProblemError): string {
  if (err.errors?.length) return err.errors.map((e) => `error: ${e.field}: ${e.message}\n`).join('');
  return `error: ${err.detail ?? err.title}\n`;
}

function oneLine(s: string): string {
  // Each whitespace run once (/\s*\n\s*/ retried from every space of a run without a line break).
  return s.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run));
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function width(s: string): number {
  return [...s].length;
}
