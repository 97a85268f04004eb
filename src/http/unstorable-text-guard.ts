// PostgreSQL cannot store NUL in text, nor a lone surrogate (half a UTF-16 pair, which a JSON body can
// spell as "\ud800" and which has no UTF-8 form), so either would fail deep in the database as a 500, or
// be stored as another character. Schemas for text fields refuse control characters themselves; this
// catches the rest (every string of any validated input: search words, ids, enums, JSON fields) right
// after validation, naming the field like any validation error.
import { UNSTORABLE_TEXT_ERROR, unstorableTextIn } from '../shared/common-schema';
import { fieldError, ProblemError } from '../shared/errors';

/** The path of the first string the database cannot store, e.g. "links[2].url", or undefined. */
export function findUnstorable(value: unknown): string | undefined {
  const at = unstorableTextIn(value);
  return at?.startsWith('.') ? at.slice(1) : at;
}

export function refuseUnstorableText(data: unknown, target: string): void {
  const at = findUnstorable(data);
  if (at === undefined) return;
  const json = target === 'json';
  const field = json ? at || '(body)' : at ? `${target}.${at}` : target;
  throw new ProblemError(
    json ? 422 : 400,
    json ? 'Validation failed' : 'Bad Request',
    `${field}: ${UNSTORABLE_TEXT_ERROR}`,
    [fieldError(field, UNSTORABLE_TEXT_ERROR)],
  );
}
