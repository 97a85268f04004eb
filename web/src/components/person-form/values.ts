// The person form's values: shaped like the API body (same paths, so server errors land on the right
// input), with the few differences inputs need (numbers may be '', trust is a string for the picker).
import type { Person, PersonBody } from '../../api/types';
import type { LinkKind } from '../../lib/labels';

export interface PersonFormValues {
  name: string;
  /** How emails greet them; '' = their first name. */
  addressedAs: string;
  title: string;
  company: string;
  location: string;
  emails: string[];
  phones: string[];
  links: { kind: LinkKind; url: string; label: string }[];
  blurb: string;
  tags: string[];
  /** '' = not set, else '1'…'5'. */
  trust: string;
  vouchCriteria: { label: string; met: boolean }[];
  privateNotes: string;
  caveats: { id?: string; text: string }[];
  introPreferences: {
    askFirst: boolean;
    doNotIntroduce: boolean;
    maxRequestsPerMonth: number | string;
    valuedHelp: string[];
  };
  keepInTouch: { idealDays: number | string; maxDays: number | string };
}

/** A new person: the account's own vouch criteria (its settings), unticked; none if it keeps none. */
export function emptyValues(accountCriteria: readonly string[] = []): PersonFormValues {
  return {
    name: '',
    addressedAs: '',
    title: '',
    company: '',
    location: '',
    emails: [''],
    phones: [],
    links: [],
    blurb: '',
    tags: [],
    trust: '',
    vouchCriteria: accountCriteria.map((label) => ({ label, met: false })),
    privateNotes: '',
    caveats: [],
    introPreferences: { askFirst: false, doNotIntroduce: false, maxRequestsPerMonth: '', valuedHelp: [] },
    keepInTouch: { idealDays: '', maxDays: '' },
  };
}

export function fromPerson(p: Person): PersonFormValues {
  return {
    name: p.name,
    addressedAs: p.addressedAs,
    title: p.title,
    company: p.company,
    location: p.location,
    emails: p.emails.length ? [...p.emails] : [''],
    phones: [...p.phones],
    links: p.links.map((l) => ({ kind: l.kind, url: l.url, label: l.label ?? '' })),
    blurb: p.blurb,
    tags: [...p.tags],
    trust: p.trust === null ? '' : String(p.trust),
    vouchCriteria: p.vouchCriteria.map((v) => ({ ...v })),
    privateNotes: p.privateNotes,
    caveats: p.caveats.map((c) => ({ id: c.id, text: c.text })),
    introPreferences: {
      ...p.introPreferences,
      maxRequestsPerMonth: p.introPreferences.maxRequestsPerMonth ?? '',
      valuedHelp: [...p.introPreferences.valuedHelp],
    },
    // A cadence that comes from a tag is not the person's own: the form edits only their own.
    keepInTouch:
      p.keepInTouch.source === 'own'
        ? { idealDays: p.keepInTouch.idealDays ?? '', maxDays: p.keepInTouch.maxDays ?? '' }
        : { idealDays: '', maxDays: '' },
  };
}

const blank = (s: string) => s.trim() === '';

/**
 * Drops rows left empty and adds "https://" to bare links. Applied to the form itself before validation,
 * so list indexes in the server's answer match the rows on screen.
 */
export function prune(v: PersonFormValues): PersonFormValues {
  return {
    ...v,
    emails: v.emails.filter((e) => !blank(e)),
    phones: v.phones.filter((p) => !blank(p)),
    links: v.links
      .filter((l) => !blank(l.url) || !blank(l.label))
      .map((l) => ({ ...l, url: withScheme(l.url.trim()) })),
    vouchCriteria: v.vouchCriteria.filter((c) => !blank(c.label)),
    caveats: v.caveats.filter((c) => !blank(c.text)),
  };
}

/** "example.com" → "https://example.com"; anything with a scheme, or nothing, is left as typed. */
const withScheme = (url: string) => (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`);

const toNumber = (v: number | string): number | null => (v === '' || v === null ? null : Number(v));

/**
 * The whole-number ranges the server's person schema accepts (src/people/schema.ts; values.test.ts checks
 * they agree). The inputs take them as min/max but never clamp: a value out of range stays as typed and
 * is flagged, rather than silently becoming another number.
 */
export const NUMBER_RANGES = {
  'introPreferences.maxRequestsPerMonth': { min: 0, max: 100 },
  'keepInTouch.idealDays': { min: 1, max: 3650 },
  'keepInTouch.maxDays': { min: 1, max: 3650 },
} as const;

function rangeError(v: number | string, { min, max }: { min: number; max: number }, empty: string) {
  const n = toNumber(v);
  if (n === null || (Number.isInteger(n) && n >= min && n <= max)) return null;
  return `Enter a whole number from ${min} to ${max}, or leave it empty ${empty}`;
}

/** Light checks that catch the obvious before a round trip; the server remains the judge. */
export function validate(v: PersonFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (blank(v.name)) errors.name = 'Enter a name';
  v.emails.forEach((e, i) => {
    if (!/^\S+@\S+$/.test(e.trim())) errors[`emails.${i}`] = 'Enter an email address like name@example.com';
  });
  v.links.forEach((l, i) => {
    if (blank(l.url)) errors[`links.${i}.url`] = 'Enter the address, or remove this link';
  });
  const ranged = {
    'introPreferences.maxRequestsPerMonth': rangeError(
      v.introPreferences.maxRequestsPerMonth,
      NUMBER_RANGES['introPreferences.maxRequestsPerMonth'],
      'for no limit',
    ),
    'keepInTouch.idealDays': rangeError(
      v.keepInTouch.idealDays,
      NUMBER_RANGES['keepInTouch.idealDays'],
      'for none',
    ),
    'keepInTouch.maxDays': rangeError(
      v.keepInTouch.maxDays,
      NUMBER_RANGES['keepInTouch.maxDays'],
      'for none',
    ),
  };
  for (const [path, error] of Object.entries(ranged)) if (error) errors[path] = error;
  const ideal = toNumber(v.keepInTouch.idealDays);
  const max = toNumber(v.keepInTouch.maxDays);
  if (!errors['keepInTouch.maxDays'] && ideal !== null && max !== null && ideal > max) {
    errors['keepInTouch.maxDays'] = 'The maximum must be at least the ideal interval';
  }
  return errors;
}

/** Every field of the form; whether to add a duplicate anyway is the caller's to say. */
export type PersonFormBody = Required<Omit<PersonBody, 'allowDuplicate'>>;

export function toBody(v: PersonFormValues): PersonFormBody {
  return {
    name: v.name,
    addressedAs: v.addressedAs.trim(),
    title: v.title,
    company: v.company,
    location: v.location,
    emails: v.emails,
    phones: v.phones,
    links: v.links.map((l) => ({ kind: l.kind, url: l.url, ...(blank(l.label) ? {} : { label: l.label }) })),
    blurb: v.blurb,
    tags: v.tags,
    trust: v.trust === '' ? null : Number(v.trust),
    vouchCriteria: v.vouchCriteria,
    privateNotes: v.privateNotes,
    caveats: v.caveats.map((c) => (c.id ? { id: c.id, text: c.text } : { text: c.text })),
    introPreferences: {
      askFirst: v.introPreferences.askFirst,
      doNotIntroduce: v.introPreferences.doNotIntroduce,
      maxRequestsPerMonth: toNumber(v.introPreferences.maxRequestsPerMonth),
      valuedHelp: v.introPreferences.valuedHelp,
    },
    keepInTouch: { idealDays: toNumber(v.keepInTouch.idealDays), maxDays: toNumber(v.keepInTouch.maxDays) },
  };
}

/** Paths edited by a single chips input: an error on one chip shows on the input. */
export const COLLAPSED_PATHS = ['tags', 'introPreferences.valuedHelp'];
