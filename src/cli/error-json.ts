// Errors as `--json` callers read them: one JSON object on stderr, `{"error": {…}}`, naming the field or
// option at fault, so a script can tell what to fix without parsing sentences.
import type { CommanderError } from 'commander';
import type { ProblemError } from '../shared/errors';

export interface ErrorJson {
  error: {
    /** The problem's HTTP-like status, for errors the services raise. */
    status?: number;
    /**
     * Commander's code for a mistake on the command line, e.g. `commander.unknownOption`, or Linchpin's own
     * for an error it words itself (`messageJson`).
     */
    code?: string;
    title?: string;
    detail: string;
    errors?: { field: string; option?: string; message: string }[];
  };
}

/** Whether the command line asks for JSON: `--json` among the options (before a bare `--`). */
export function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

export const printErrorJson = (write: (text: string) => void, value: ErrorJson) =>
  write(`${JSON.stringify(value)}\n`);

/** A field as the CLI names it, "outcome (--outcome)", split into the field and its option. */
function splitField(named: string): { field: string; option?: string } {
  const m = /^(.*) \((--[\w-]+)\)$/.exec(named);
  return m ? { field: m[1]!, option: m[2]! } : { field: named };
}

export function problemJson(err: ProblemError): ErrorJson {
  return {
    error: {
      status: err.status,
      title: err.title,
      detail: err.detail ?? err.title,
      ...(err.errors?.length
        ? { errors: err.errors.map((e) => ({ ...splitField(e.field), message: e.message })) }
        : {}),
    },
  };
}

/** The option or argument commander's message is about: "required option '--outcome <outcome>' …". */
function commanderField(err: CommanderError): string | undefined {
  if (err.code === 'commander.unknownCommand') return 'command';
  const option = /option '(-{1,2}[\w-]+)/.exec(err.message);
  if (option) return option[1];
  return /argument '([\w-]+)'/.exec(err.message)?.[1];
}

export function commanderJson(err: CommanderError): ErrorJson {
  // A group run without its subcommand: commander shows the help, its "message" is a placeholder.
  const detail =
    err.code === 'commander.help'
      ? 'a subcommand is missing (add --help for the list)'
      : err.message.replace(/^error: /, '').replace(/\n/g, ' ');
  const field = commanderField(err);
  const errors = field
    ? [{ field, ...(field.startsWith('-') ? { option: field } : {}), message: detail }]
    : [];
  return { error: { code: err.code, detail, ...(errors.length ? { errors } : {}) } };
}

/**
 * An error the CLI words itself. `code` says which kind, so a script can branch without reading the
 * sentence: `linchpin.refused` (the command cannot do that now, e.g. "Nothing to send"), `linchpin.config`,
 * `linchpin.dataDirBusy`, `linchpin.output` (the output could not be written, e.g. a full disk),
 * `linchpin.internal` (a bug).
 */
export const messageJson = (message: string, code: string): ErrorJson => ({
  error: { code, detail: message },
});
