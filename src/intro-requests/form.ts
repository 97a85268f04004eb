// What the public request form accepts, written once: the fields, their limits, the honeypot. Pure: the
// posted fields in, the request to store (or what to fix, or "a bot: pretend") out.
import { z } from 'zod';
import { line, text } from '../shared/common-schema';

/** Each field's limit in characters; the page's maxlength attributes and the server agree. */
export const REQUEST_FIELD_LIMITS = {
  name: 200,
  email: 320,
  wantsToMeet: 500,
  why: 2000,
  about: 2000,
} as const;

/** The whole form body, in bytes: the five fields at their limits fit in well under this. */
export const MAX_REQUEST_FORM_BYTES = 32_768;

/**
 * A field people cannot see (hidden by CSS, skipped by keyboard and screen readers) that form-filling bots
 * fill in. Named like a real field so that they do.
 */
export const HONEYPOT_FIELD = 'website';

/**
 * What each field must be, for the requester's form and for the connector correcting a request alike
 * (`EditIntroRequestInput`), so a request stays one a requester could have sent.
 */
export const REQUEST_FIELD_RULES = {
  name: line(REQUEST_FIELD_LIMITS.name),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'must be an email address' }).max(REQUEST_FIELD_LIMITS.email)),
  wantsToMeet: line(REQUEST_FIELD_LIMITS.wantsToMeet),
  why: text(REQUEST_FIELD_LIMITS.why).pipe(z.string().min(1, { error: 'must not be empty' })),
  about: text(REQUEST_FIELD_LIMITS.about).pipe(z.string().min(1, { error: 'must not be empty' })),
};

const RequestForm = z.object(REQUEST_FIELD_RULES);
export type RequestForm = z.output<typeof RequestForm>;
export type RequestField = keyof typeof REQUEST_FIELD_LIMITS;

export const REQUEST_FIELDS = Object.keys(REQUEST_FIELD_LIMITS) as RequestField[];

export type FormVerdict =
  | { kind: 'ok'; request: RequestForm }
  /** The honeypot was filled: answer as if it worked, store nothing. */
  | { kind: 'bot' }
  | {
      kind: 'invalid';
      errors: Partial<Record<RequestField, string>>;
      entered: Partial<Record<RequestField, string>>;
    };

const isRequestField = (f: unknown): f is RequestField =>
  typeof f === 'string' && Object.hasOwn(REQUEST_FIELD_LIMITS, f);

export function readRequestForm(fields: Readonly<Record<string, string | undefined>>): FormVerdict {
  if ((fields[HONEYPOT_FIELD] ?? '').trim() !== '') return { kind: 'bot' };
  const entered: Partial<Record<RequestField, string>> = {};
  for (const f of REQUEST_FIELDS) {
    const v = fields[f];
    // Kept to re-show the form; never longer than the field allows, so an error page stays small.
    if (v !== undefined) entered[f] = v.slice(0, REQUEST_FIELD_LIMITS[f]);
  }
  const parsed = RequestForm.safeParse(Object.fromEntries(REQUEST_FIELDS.map((f) => [f, fields[f] ?? ''])));
  if (parsed.success) return { kind: 'ok', request: parsed.data };
  const errors: Partial<Record<RequestField, string>> = {};
  for (const issue of parsed.error.issues) {
    const f = issue.path[0];
    if (isRequestField(f)) errors[f] ??= issue.message;
  }
  return { kind: 'invalid', errors, entered };
}
