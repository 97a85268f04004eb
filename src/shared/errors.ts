// Errors that carry an HTTP-like status and field details. Services throw them; the HTTP layer renders
// them as RFC 9457 problem+json and the CLI prints them with a non-zero exit.
import type { z } from 'zod';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 423 | 429 | 500 | 503 | 507;

export interface FieldError {
  /** JSON pointer into the request part, e.g. "/emails/0". */
  pointer: string;
  /** Dotted field name for people, e.g. "emails[0]". */
  field: string;
  message: string;
}

/** A value an RFC 9457 extension member may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export class ProblemError extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    /** RFC 9457 extension members, e.g. the id of the row a conflict is with. */
    readonly extensions: Record<string, JsonValue> = {},
  ) {
    super(detail ?? title);
  }
}

/** The disk holding the database is (nearly) full: nothing was written; reads still work. */
export const diskFull = () =>
  new ProblemError(
    507,
    'Insufficient Storage',
    'The disk holding the database is nearly full, so nothing was saved. Free some space on it; saving works again by itself, with no restart.',
  );

/** Something the request points at was deleted or merged away while it ran (a foreign key refused it). */
export const goneMeanwhile = () =>
  new ProblemError(
    409,
    'Conflict',
    'Something this request refers to was deleted or merged while it was being saved, so nothing was saved. Reload and try again.',
  );

export const notFound = (what = 'Resource') => new ProblemError(404, 'Not Found', `${what} not found`);

export const conflict = (detail: string, field?: string) =>
  new ProblemError(409, 'Conflict', detail, field ? [fieldError(field, detail)] : undefined);

export const badRequest = (field: string, message: string) =>
  new ProblemError(400, 'Bad Request', `${field}: ${message}`, [fieldError(field, message)]);

export const unprocessable = (field: string, message: string) =>
  new ProblemError(422, 'Validation failed', `${field}: ${message}`, [fieldError(field, message)]);

export function fieldError(field: string, message: string, pointer?: string): FieldError {
  const parts = field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '');
  return { pointer: pointer ?? `/${parts.join('/')}`, field, message };
}

/** RFC 6901: each key its own segment, with `~` and `/` escaped, so any key a client sends is addressable. */
function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** Flattens zod issues into field errors; unknown keys become one error per key. */
export function zodFieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    const base = fieldName(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        // An unknown key is whatever the client sent, the empty string included: quoted then, so it is named.
        const shown = key === '' ? '""' : key;
        const name = base ? `${base}.${shown}` : shown;
        const pointer = jsonPointer([...(prefix ? [prefix] : []), ...issue.path, key]);
        out.push(fieldError(prefix ? `${prefix}.${name}` : name, 'is not a known field', pointer));
      }
      continue;
    }
    const name = base || (prefix ?? '(body)');
    // zod 4 leaves `input` out of issues by default, so a missing value is told apart by its message.
    const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
    const message = missing ? 'is required' : issue.message;
    out.push(fieldError(prefix && base ? `${prefix}.${base}` : name, message));
  }
  return out;
}

export function validationProblem(error: z.ZodError, status: 400 | 422 = 422, prefix?: string): ProblemError {
  const errors = zodFieldErrors(error, prefix);
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new ProblemError(status, status === 422 ? 'Validation failed' : 'Bad Request', detail, errors);
}
