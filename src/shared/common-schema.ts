// Schemas shared by the server, the OpenAPI document and the web client. Only zod may be imported here.
import { z } from 'zod';

/**
 * Messages people can act on, for the checks that have no message of their own: "must be a number"
 * rather than zod's "Invalid input: expected number, received string". Shared with the web app, whose
 * forms validate with the same schemas.
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'is required';
      if (issue.input === null) return 'must not be null';
      const expected =
        issue.expected === 'array'
          ? 'a list'
          : issue.expected === 'object'
            ? 'an object'
            : `a ${issue.expected}`;
      return `must be ${expected}`;
    }
    // "One value or a list of them" fails both ways; what the first way says is the useful part.
    if (issue.code === 'invalid_union') {
      const first = issue.errors[0]?.[0];
      if (first?.message) return first.message;
    }
    if (issue.code === 'invalid_value' && issue.values.length > 0) {
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const bound = small
        ? issue.inclusive
          ? 'at least'
          : 'more than'
        : issue.inclusive
          ? 'at most'
          : 'less than';
      if (issue.origin === 'string') return `must be ${bound} ${limit} character${limit === 1 ? '' : 's'}`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have ${bound} ${limit} item${limit === 1 ? '' : 's'}`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `must be ${bound} ${limit}`;
    }
    return undefined;
  },
});

export const Id = z.uuid({
  error: (issue) => (issue.input === undefined ? 'is required' : 'must be a UUID'),
});

/**
 * C0/C1 control characters other than tab and line breaks, and the bidirectional overrides and isolates
 * that make "Eve\u202Ereldnawod" display as something else in a subject line or on a consent page.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
export const HIDDEN_CHARACTERS_ERROR = 'must not contain control or text-direction characters';
export const hasHiddenCharacters = (s: string) => HIDDEN_CHARACTERS.test(s);

/**
 * Text no database column can hold: NUL (PostgreSQL refuses it in text and JSON) and a lone surrogate
 * (half of a UTF-16 pair, which has no UTF-8 form; jsonb refuses its escape).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNSTORABLE_TEXT_ERROR = 'must be text without NUL characters or broken Unicode';

/**
 * Where the first unstorable string sits in a value (text, array or JSON, keys included): "" for the
 * value itself, "[2]" or ".links[0].url" inside it; undefined when there is none.
 */
export function unstorableTextIn(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableTextIn(value[i], `${path}[${i}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (UNSTORABLE.test(key)) return path;
      const found = unstorableTextIn(v, `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Trimmed single-line text; empty after trimming is rejected. */
export const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => !/[\r\n]/.test(s), { error: 'must be a single line' })
    .refine((s) => !hasHiddenCharacters(s), { error: HIDDEN_CHARACTERS_ERROR });

/** Trimmed multi-line text that may be empty. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .refine((s) => !hasHiddenCharacters(s), { error: HIDDEN_CHARACTERS_ERROR });

/**
 * The one form of a tag: without invisible zero-width characters, trimmed, lower-case, composed (NFC).
 * "café" typed on one keyboard and "café" from a macOS vCard (decomposed), or "investor" pasted with a
 * zero-width space, look the same and must be one tag: the list filter, cadences and matching compare tags
 * exactly.
 */
export const tagForm = (s: string): string =>
  s
    .replace(/[\u200B\u2060\uFEFF]/g, '')
    .trim()
    .toLowerCase()
    .normalize('NFC');

export const Tag = z
  .string()
  .overwrite(tagForm)
  .min(1, { error: 'tags must not be empty' })
  .max(60, { error: 'tags must be at most 60 characters' })
  .refine((s) => !/[\r\n,]/.test(s), { error: 'tags cannot contain commas or line breaks' })
  .refine((s) => !hasHiddenCharacters(s), { error: HIDDEN_CHARACTERS_ERROR });

/** How many tags one person, need or offer may carry; a bulk tag that would pass it is refused. */
export const MAX_TAGS = 50;

/** Tags are stored lower-case and de-duplicated, in the order first given. */
export const Tags = z
  .array(Tag)
  .max(MAX_TAGS, { error: `at most ${MAX_TAGS} tags` })
  .transform((tags) => [...new Set(tags)]);

/**
 * Any date or instant a request carries (a filter, a cursor) must be one the database can hold: PostgreSQL
 * has no year 0, and an offset can carry a well-formed time outside the years 1 to 9999 in UTC, which
 * `Date.toISOString` then writes in a form no database reads.
 */
const STORABLE_ERROR = 'must be in the years 1 to 9999';
const storableYear = (year: number) => year >= 1 && year <= 9999;
// `abort`: a value that is no date, or of a year no database holds, gets that one message; the range
// checks after it ("1900 to 2199" for dates people type) would only add contradicting ones.
export const IsoDate = z.iso
  .date({ error: 'must be a date as YYYY-MM-DD', abort: true })
  .refine((s) => storableYear(Number(s.slice(0, 4))), { error: STORABLE_ERROR, abort: true });
export const IsoDateTime = z.iso
  .datetime({ offset: true, error: 'must be an ISO 8601 date-time' })
  .refine((s) => storableYear(new Date(s).getUTCFullYear()), { error: STORABLE_ERROR });

/**
 * Dates people enter are kept to years 1900–2199: an earlier year is a typo (a two-digit year typed into
 * a date field arrives as 0025), and years before 100 do not survive the trip through JavaScript dates.
 */
export const inDateRange = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= 1900 && year <= 2199;
};
export const DATE_RANGE_ERROR = 'must be a date in the years 1900 to 2199';
export const InputDate = IsoDate.refine(inDateRange, { error: DATE_RANGE_ERROR });

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` to get the next page; null on the last page'),
  });

export const PageQuery = z.object({
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(200, { error: 'must be at most 200' })
    .default(50)
    .optional(),
  cursor: z.string().max(500).optional(),
});

/** RFC 9457 problem details, with `errors` naming each offending field as a JSON pointer. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string(), field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
