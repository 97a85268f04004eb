// Person schemas: the one definition of what a person is, used by routes, OpenAPI, imports and the web app.
import { z } from 'zod';
import { PERSON_SOURCE_KINDS } from '../db/schema/people';
import { INTRO_STATES } from '../domain/introduction/types';
import { CADENCE_SOURCES, KEEP_IN_TOUCH_STATUSES } from '../domain/relationship/cadence';
import { Id, IsoDateTime, line, Problem, Tags, text } from '../shared/common-schema';

export const LinkKind = z.enum(['linkedin', 'website', 'twitter', 'github', 'other']);
export const Link = z.strictObject({
  kind: LinkKind.default('other'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2000),
  label: line(100).optional(),
});

export const VouchCriterion = z.strictObject({
  label: line(200),
  met: z.boolean().default(false),
});

/** A caveat is an honest downside. Private unless disclosed explicitly in one introduction. */
export const CaveatInput = z.strictObject({
  id: Id.optional().describe('Keep the id of an existing caveat when editing; omit for a new one'),
  text: line(500),
});
export const Caveat = z.object({ id: Id, text: z.string() });

export const IntroPreferences = z.strictObject({
  askFirst: z.boolean().default(false).describe('Busy / sought-after: ask this person first'),
  maxRequestsPerMonth: z.number().int().min(0).max(100).nullable().default(null),
  doNotIntroduce: z.boolean().default(false),
  valuedHelp: z.array(line(100)).max(20).default([]).describe('Kinds of help this person values'),
});

export const KeepInTouch = z
  .strictObject({
    idealDays: z.number().int().min(1).max(3650).nullable().default(null),
    maxDays: z.number().int().min(1).max(3650).nullable().default(null),
  })
  .refine((k) => k.idealDays === null || k.maxDays === null || k.idealDays <= k.maxDays, {
    error: 'the ideal interval must not be longer than the maximum',
    path: ['maxDays'],
  });

/** A person's cadence in effect (their own, else their tightest tag's) and where they stand today. */
export const KeepInTouchState = z
  .object({
    idealDays: z.number().int().nullable().describe('The ideal interval in effect, in days'),
    maxDays: z.number().int().nullable().describe('The maximum interval in effect, in days'),
    source: z.enum(CADENCE_SOURCES).nullable().describe("The person's own cadence, a tag's, or none"),
    tag: z.string().nullable().describe('The tag the cadence comes from'),
    status: z.enum(KEEP_IN_TOUCH_STATUSES),
    lastContactAt: IsoDateTime.nullable(),
    dueAt: IsoDateTime.nullable().describe('From when a contact is due (the start of a local day)'),
    overdueAt: IsoDateTime.nullable().describe('From when it is overdue (the maximum interval is over)'),
  })
  .meta({ id: 'KeepInTouchState' });

const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'must be an email address' }).max(320));
const Phone = z
  .string()
  .trim()
  .min(3, { error: 'phone numbers need at least 3 characters' })
  .max(40, { error: 'phone numbers must be at most 40 characters' })
  .regex(/^[+()\d][\d\s().\-/xX#*+]*$/, { error: 'must be a phone number (digits, spaces, + ( ) - . /)' });

const uniqueEmails = z
  .array(Email)
  .max(20)
  .transform((xs) => [...new Set(xs)]);
const trust = z
  .number()
  .int()
  .min(1, { error: 'must be 1 to 5' })
  .max(5, { error: 'must be 1 to 5' })
  .nullable();

/** Every editable field, without defaults: PATCH takes any subset, POST fills in the defaults. */
const editable = {
  name: line(200),
  addressedAs: text(100).describe('How emails greet them; empty: their first name'),
  emails: uniqueEmails,
  phones: z.array(Phone).max(20),
  company: text(200),
  title: text(200),
  location: text(200),
  links: z.array(Link).max(20),
  blurb: text(4000).describe('The paragraph used when introducing this person'),
  tags: Tags,
  trust,
  vouchCriteria: z.array(VouchCriterion).max(30),
  privateNotes: text(20000).describe('Never leaves this account'),
  caveats: z.array(CaveatInput).max(30),
  introPreferences: IntroPreferences,
  keepInTouch: KeepInTouch,
};

export const PersonInput = z
  .strictObject({
    ...editable,
    addressedAs: editable.addressedAs.optional(),
    emails: editable.emails.default([]),
    phones: editable.phones.default([]),
    company: editable.company.default(''),
    title: editable.title.default(''),
    location: editable.location.default(''),
    links: editable.links.default([]),
    blurb: editable.blurb.default(''),
    tags: editable.tags.default([]),
    trust: editable.trust.default(null),
    vouchCriteria: editable.vouchCriteria.default([]),
    privateNotes: editable.privateNotes.default(''),
    caveats: editable.caveats.default([]),
    introPreferences: IntroPreferences.default(IntroPreferences.parse({})),
    keepInTouch: KeepInTouch.default(KeepInTouch.parse({})),
  })
  .meta({ id: 'PersonInput' });
export type PersonInput = z.output<typeof PersonInput>;

/** POST: a person, and whether to add them even when their details already belong to someone. */
export const NewPerson = PersonInput.extend({
  allowDuplicate: z
    .boolean()
    .optional()
    .describe(
      'Add the person even when an email, phone number or LinkedIn profile already belongs to someone',
    ),
}).meta({ id: 'NewPerson' });
export type NewPerson = z.output<typeof NewPerson>;

/** PATCH: any subset of fields; arrays and nested objects replace the stored value. */
export const PersonPatch = z.strictObject(editable).partial().meta({ id: 'PersonPatch' });
export type PersonPatch = z.output<typeof PersonPatch>;

/** Where a person came from: added by hand, an import (which one), the demo, or the request link. */
export const PersonSource = z
  .object({
    kind: z.enum(PERSON_SOURCE_KINDS),
    importId: Id.nullable().describe('The import that created the person (GET /api/v1/imports/{id})'),
    label: z.string().describe('In words, e.g. "LinkedIn import (connections.csv), 6 Dec 2026"'),
  })
  .meta({ id: 'PersonSource' });
export type PersonSource = z.infer<typeof PersonSource>;

export const Person = z
  .object({
    id: Id,
    name: z.string(),
    addressedAs: z.string().describe("How emails greet them; '' means their first name"),
    greeting: z.string().describe('The name emails greet them by'),
    emails: z.array(z.string()),
    phones: z.array(z.string()).describe('As typed or imported: what edits and exports use'),
    phonesDisplay: z
      .array(z.string())
      .describe(
        "The same numbers, in the same order, as shown: national for the account's country, " +
          'international for others, as typed when not a valid number',
      ),
    company: z.string(),
    title: z.string(),
    location: z.string(),
    links: z.array(z.object({ kind: LinkKind, url: z.string(), label: z.string().optional() })),
    blurb: z.string(),
    tags: z.array(z.string()),
    trust: z.number().int().nullable(),
    vouchCriteria: z.array(z.object({ label: z.string(), met: z.boolean() })),
    privateNotes: z.string(),
    caveats: z.array(Caveat),
    introPreferences: z.object({
      askFirst: z.boolean(),
      maxRequestsPerMonth: z.number().int().nullable(),
      doNotIntroduce: z.boolean(),
      valuedHelp: z.array(z.string()),
    }),
    keepInTouch: KeepInTouchState,
    strength: z
      .number()
      .int()
      .min(0)
      .max(100)
      .describe('Relationship strength 0–100 from interactions, decaying'),
    strengthReasons: z.array(z.string()).describe('The strength in plain words, from the same terms'),
    source: PersonSource,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;

/** The 409 a deletion answers while the person is in introductions: what deleting would do to each. */
export const PersonInIntroductions = Problem.extend({
  impact: z.string(),
  introductions: z.array(
    z.object({
      id: Id,
      state: z.enum(INTRO_STATES),
      open: z.boolean(),
      otherPersonId: Id,
      otherName: z.string(),
      otherNotified: z.boolean(),
    }),
  ),
  openIntroductions: z.number().int(),
  closedIntroductions: z.number().int(),
}).meta({ id: 'PersonInIntroductions' });

/** Which of a new person's details someone already has. */
export const IDENTITY_FIELDS = ['email', 'phone', 'linkedin'] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** The 409 adding a person answers when their details already belong to someone (see `existing`). */
export const PersonAlreadyKnown = Problem.extend({
  existing: z.array(
    z.object({
      id: Id,
      name: z.string(),
      matchedOn: z.array(z.enum(IDENTITY_FIELDS)).describe('What the new person shares with this one'),
    }),
  ),
}).meta({ id: 'PersonAlreadyKnown' });
export type PersonAlreadyKnown = z.infer<typeof PersonAlreadyKnown>;
