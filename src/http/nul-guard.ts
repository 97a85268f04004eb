// PostgreSQL cannot store the NUL character in text, so a NUL anywhere in a request would fail deep in
// the database as a 500. Schemas for text fields refuse control characters themselves; this catches the
// rest (search words, ids, enums) right after validation, naming the field like any validation error.
import { HIDDEN_CHARACTERS_ERROR } from '../shared/common-schema';
import { fieldError, ProblemError } from '../shared/errors';

/** The path of the first string holding a NUL character, e.g. "links[2].url", or undefined. */
export function findNul(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findNul(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) {
      const found = findNul(v, path ? `${path}.${key}` : key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

export function refuseNul(data: unknown, target: string): void {
  const at = findNul(data);
  if (at === undefined) return;
  const json = target === 'json';
  const field = json ? at || '(body)' : at ? `${target}.${at}` : target;
  throw new ProblemError(
    json ? 422 : 400,
    json ? 'Validation failed' : 'Bad Request',
    `${field}: ${HIDDEN_CHARACTERS_ERROR}`,
    [fieldError(field, HIDDEN_CHARACTERS_ERROR)],
  );
}
