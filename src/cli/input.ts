// Command options become API-shaped input and go through the same zod schemas as the API, so the CLI
// accepts and rejects exactly what the API does and its errors name the same fields.
import type { z } from 'zod';
import { Id } from '../shared/common-schema';
import { ProblemError, unprocessable, validationProblem } from '../shared/errors';

/** Field name → the option that sets it, e.g. { tags: '--tag' }, so errors say what to retype. */
export type FlagNames = Record<string, string>;

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  flags: FlagNames = {},
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw withFlags(validationProblem(parsed.error), flags);
  return parsed.data;
}

/**
 * One option's value checked by a schema of a single value (an enum): an error names the field and the
 * option, "state (--state): must be one of …", where the value alone had no field and read "(body)".
 */
export function parseOption<S extends z.ZodType>(
  schema: S,
  value: unknown,
  field: string,
  flag: string,
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw withFlags(validationProblem(parsed.error, 422, field), { [field]: flag });
  return parsed.data;
}

/** Adds the option name to each field error: "trust (--trust): must be 1 to 5". */
export function withFlags(problem: ProblemError, flags: FlagNames): ProblemError {
  if (!problem.errors) return problem;
  const errors = problem.errors.map((e) => {
    const path = e.field.replace(/\[\d+\]/g, '');
    const key = Object.keys(flags)
      .filter((k) => path === k || path.startsWith(`${k}.`))
      .sort((a, b) => b.length - a.length)[0];
    return key ? { ...e, field: `${e.field} (${flags[key]})` } : e;
  });
  return new ProblemError(problem.status, problem.title, problem.detail, errors, problem.headers);
}

/** Drops keys whose value is undefined, so unset options do not reach a PATCH. */
export function defined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * An id argument or option; a malformed one is reported against its name, with the command that lists
 * ids of that kind (`listedBy`).
 */
export function parseId(value: string, field = 'id', listedBy = 'linchpin people list'): string {
  const parsed = Id.safeParse(value.trim());
  if (!parsed.success)
    throw unprocessable(field, `"${value}" is not an id (ids look like 0b9c…-…; see: ${listedBy})`);
  return parsed.data;
}
