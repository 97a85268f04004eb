// A cheaper way through the API's PersonInput schema for what an import maps: most mapped contacts are
// already clean (trimmed, short, de-duplicated), and running the whole schema on each costs ~12 µs, a
// good part of an import's time. For such a contact the result is built here, with the schema's own
// element schemas for emails, phones and links; anything else (a check fails, a value would be changed
// by the schema) goes through PersonInput itself, which also words the errors. The property test in
// person-input.test.ts holds this to giving exactly what PersonInput gives.
import { PersonInput } from '../people/schema';

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
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const isLine = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= max && v === v.trim() && !/[\r\n]/.test(v);
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length <= max && v === v.trim();
const isTag = (v: unknown): v is string => isLine(v, 60) && v === v.toLowerCase() && !v.includes(',');
const distinct = (xs: unknown[]) => new Set(xs).size === xs.length;

/** The schema leaves these values as they are (it would trim, lower-case or reject them otherwise). */
function unchanged(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, v: unknown) {
  const r = schema.safeParse(v);
  return r.success && JSON.stringify(r.data) === JSON.stringify(v);
}

function fastPath(c: Candidate): PersonInput | undefined {
  if (!isLine(c.name, 200)) return undefined;
  if (!isText(c.company, 200) || !isText(c.title, 200) || !isText(c.location, 200)) return undefined;
  if (!isText(c.blurb, 4000) || !isText(c.privateNotes, 20000)) return undefined;
  if (c.emails.length > 20 || !distinct(c.emails) || !c.emails.every((e) => unchanged(emailSchema, e)))
    return undefined;
  if (c.phones.length > 20 || !c.phones.every((p) => unchanged(phoneSchema, p))) return undefined;
  if (c.links.length > 20 || !c.links.every((l) => unchanged(linkSchema, l))) return undefined;
  if (c.tags.length > 50 || !distinct(c.tags) || !c.tags.every(isTag)) return undefined;
  // The schema's key order: the fingerprint of a record is the JSON of this object.
  return {
    name: c.name,
    emails: [...c.emails],
    phones: [...c.phones],
    company: c.company,
    title: c.title,
    location: c.location,
    links: c.links.map((l) => ({ ...l })),
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
