// A cheaper way through the API's PersonInput schema for what an import maps: most mapped contacts are
// already clean (trimmed, short, de-duplicated), and running the whole schema on each costs ~12 µs, a
// good part of an import's time. For such a contact the result is built here, with the schema's own
// element schemas for emails, phones and links; anything else (a check fails, a value would be changed
// by the schema) goes through PersonInput itself, which also words the errors. The property test in
// person-input.test.ts holds this to giving exactly what PersonInput gives.
import { PersonInput } from '../people/schema';
import { MAX_TAGS } from '../shared/common-schema';

type Candidate = Pick<
  PersonInput,
  | 'name'
  | 'emails'
  | 'phones'
  | 'company'
  | 'title'
  | 'location'
  | 'links'
  | 'blurb'
  | 'tags'
  | 'privateNotes'
>;

const shape = PersonInput.shape;
const emailSchema = shape.emails.unwrap().in.element;
const phoneSchema = shape.phones.unwrap().element;
const linkSchema = shape.links.unwrap().element;
/** What PersonInput gives for the fields a contact never sets, copied for each person. */
const DEFAULTS = PersonInput.parse({ name: 'x' });
/** A fresh copy of a default (plain objects, arrays and primitives only). */
function copy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copy) as T;
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = copy(x);
  return out as T;
}

/**
 * Whether the API stores this address: the importer's reading of an address (normaliseEmail) is wider than
 * the schema's ("guest#EXT#@tenant…", an accented domain), and such an address is skipped, not the record.
 */
export const storableEmail = (address: string): boolean => emailSchema.safeParse(address).success;

const isLine = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= max && v === v.trim() && !/[\r\n]/.test(v);
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length <= max && v === v.trim();
const isTag = (v: unknown): v is string => isLine(v, 60) && v === v.toLowerCase() && !v.includes(',');
const distinct = (xs: unknown[]) => new Set(xs).size === xs.length;

/** The schema takes these strings as they are (it would trim, lower-case or reject them otherwise). */
function unchanged(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, v: string) {
  const r = schema.safeParse(v);
  return r.success && r.data === v;
}

/** The schema's output for each link, when it changes none of them. */
function cleanLinks(links: Candidate['links']): Candidate['links'] | undefined {
  const out: Candidate['links'] = [];
  for (const l of links) {
    const r = linkSchema.safeParse(l);
    if (!r.success || r.data.kind !== l.kind || r.data.url !== l.url || r.data.label !== l.label) return;
    out.push(r.data);
  }
  return out;
}

function fastPath(c: Candidate): PersonInput | undefined {
  if (!isLine(c.name, 200)) return undefined;
  if (!isText(c.company, 200) || !isText(c.title, 200) || !isText(c.location, 200)) return undefined;
  if (!isText(c.blurb, 4000) || !isText(c.privateNotes, 20000)) return undefined;
  if (c.emails.length > 20 || !distinct(c.emails) || !c.emails.every((e) => unchanged(emailSchema, e)))
    return undefined;
  if (c.phones.length > 20 || !c.phones.every((p) => unchanged(phoneSchema, p))) return undefined;
  const links = c.links.length <= 20 ? cleanLinks(c.links) : undefined;
  if (!links) return undefined;
  if (c.tags.length > MAX_TAGS || !distinct(c.tags) || !c.tags.every(isTag)) return undefined;
  // The schema's key order: the fingerprint of a record is the JSON of this object.
  return {
    name: c.name,
    emails: [...c.emails],
    phones: [...c.phones],
    company: c.company,
    title: c.title,
    location: c.location,
    links,
    blurb: c.blurb,
    tags: [...c.tags],
    trust: DEFAULTS.trust,
    vouchCriteria: copy(DEFAULTS.vouchCriteria),
    privateNotes: c.privateNotes,
    caveats: copy(DEFAULTS.caveats),
    introPreferences: copy(DEFAULTS.introPreferences),
    keepInTouch: copy(DEFAULTS.keepInTouch),
  };
}

export type PersonInputResult = ReturnType<typeof PersonInput.safeParse>;

/** PersonInput.safeParse for a mapped contact, faster when the contact is already clean. */
export function parsePersonInput(c: Candidate): PersonInputResult {
  const fast = fastPath(c);
  if (fast) return { success: true, data: fast } as PersonInputResult;
  return PersonInput.safeParse(c);
}
