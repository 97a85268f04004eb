// Option helpers shared by the command files, so every command spells --json, --account and repeatable
// options the same way.
import { resolve } from 'node:path';
import { Option } from 'commander';
import type { CliIo } from './io';

/** For repeatable options: `--tag a --tag b` → ['a', 'b']. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const jsonOption = () => new Option('--json', 'print JSON (for scripts) instead of a table');

export const accountOption = () =>
  new Option('--account <email>', 'act on this account (default: the owner account)');

/**
 * Whole numbers become numbers; anything else stays a string so that validation, not the option parser,
 * rejects it and names the field.
 */
export const intArg = (value: string): number | string =>
  /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** A file argument, made absolute against the caller's directory (also when the command is forwarded). */
export const fileArg = (io: CliIo) => (value: string) => (value === '-' ? value : resolve(io.cwd, value));
