// Which statements may change what a later read answers, and how many such statements the embedded
// database has run (its write generation). A reader that keeps what it read (Today, `agenda/kept.ts`) uses
// it only while the generation is the one it read at. PGlite is one process holding its data directory, so
// every write to it passes through `FairPGlite` (fair-pglite.ts), which counts them; PostgreSQL has other
// processes writing, so there is no generation there and nothing may be kept.
import { PGlite } from '@electric-sql/pglite';
import type { DbOrTx } from './types';

/** Leading whitespace and comments, which say nothing about what a statement does. */
const LEADING = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

const stripped = (text: string): string => text.replace(LEADING, '').toLowerCase();

/** One statement at most: a script (`exec`) with more after a `;` is judged as a write. */
const oneStatement = (text: string): boolean => {
  const semicolon = text.indexOf(';');
  return semicolon < 0 || text.slice(semicolon + 1).trim() === '';
};

/** `prepare NAME as select …`: the name, when the prepared statement is a plain read. */
export function preparedReadName(text: string): string | undefined {
  const match = /^prepare\s+([a-z_][a-z0-9_]*)\s+as\s+([\s\S]*)$/.exec(stripped(text));
  return match?.[1] && match[2] !== undefined && isPlainSelect(match[2]) ? match[1] : undefined;
}

function isPlainSelect(text: string): boolean {
  const s = stripped(text);
  return /^select\b/.test(s) && oneStatement(s);
}

/**
 * Whether a statement only reads: one `select` (`with …` may hold a write, so it counts as one), or the
 * `execute` of a statement prepared from one (`readNames`). Anything else — DML, DDL, `begin`, `prepare`,
 * `vacuum`, a script — may change what a read answers.
 */
export function isPlainRead(text: string, readNames: ReadonlySet<string>): boolean {
  if (isPlainSelect(text)) return true;
  const s = stripped(text);
  const execute = /^execute\s+([a-z_][a-z0-9_]*)\b/.exec(s);
  return execute?.[1] !== undefined && readNames.has(execute[1]) && oneStatement(s);
}

/** What counts writes: the embedded database's wrapper. */
export interface WriteCounter {
  readonly writeGeneration: number;
}

const counts = (client: unknown): client is WriteCounter =>
  client instanceof PGlite && 'writeGeneration' in client && typeof client.writeGeneration === 'number';

/**
 * The write generation of the database behind `db`, or undefined where what was read must not be kept:
 * PostgreSQL (other processes write), and a transaction (it may read its own writes and roll them back).
 */
export function writeGenerationOf(db: DbOrTx): number | undefined {
  const client: unknown = '$client' in db ? db.$client : undefined;
  return counts(client) ? client.writeGeneration : undefined;
}
