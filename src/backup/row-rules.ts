// What a restored row must satisfy before anything is written: the same zod schemas the API validates
// with (so a backup cannot hold what the API would refuse), image photos only, timestamps in a sane
// range, and every id pointing at a row of the same backup (so no row can reach into another account).
// Pure: the rows are already decoded (ids shifted, timestamps as dates).
import { getTableConfig } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { TablePlan } from '../account-data/table-codec';
import { SELF_INTRODUCTION } from '../domain/introduction/propose';
import { referralProblems } from '../domain/referral/rules';
import { MAX_PHOTO_BYTES, sniffImage } from '../imports/photo';
import { InteractionInput } from '../interactions/schema';
import { EditIntroRequestInput, IntroRequestStatus } from '../intro-requests/schema';
import {
  AskOrder,
  Channel,
  ConsentLogEntry,
  FollowUpAnswer,
  IntroductionPatch,
  IntroKind,
  IntroState,
  OutcomeKind,
  Party,
} from '../introductions/schema';
import { TagCadenceInput } from '../keep-in-touch/schema';
import { OutboxStatus } from '../mail/schema';
import { MatchingSettingsPatch } from '../matching/schema';
import { NeedInput } from '../needs/schema';
import { OfferInput } from '../offers/schema';
import { Person, PersonInput } from '../people/schema';
import { isPhotoMediaType, PHOTO_MEDIA_TYPES } from '../photos/media';
import { ReferralInput } from '../referrals/schema';
import { IsoDate, IsoDateTime } from '../shared/common-schema';
import { type FieldError, fieldError } from '../shared/errors';

type Row = Record<string, unknown>;

/** Nothing in Linchpin happened before 2000 or will fall due after 2200 (interactions have their own rule). */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** A consent record as the state machine stores it. */
const Consent = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('not_asked') }),
  z.strictObject({ status: z.literal('asked'), askedAt: IsoDateTime, remindedAt: IsoDateTime.nullable() }),
  z.strictObject({ status: z.literal('yes'), at: IsoDateTime, channel: Channel }),
  z.strictObject({
    status: z.literal('later'),
    at: IsoDateTime,
    channel: Channel,
    until: IsoDateTime.or(IsoDate),
  }),
  z.strictObject({ status: z.literal('no'), at: IsoDateTime, channel: Channel, withdrawn: z.boolean() }),
]);

/** An introduction's text as the API takes it, and its state fields as the state machine writes them. */
const RestoredIntroduction = IntroductionPatch.pick({ reason: true, pitchA: true, pitchB: true })
  .extend({
    state: IntroState,
    kind: IntroKind,
    askOrder: AskOrder,
    firstParty: Party,
    consentA: Consent,
    consentB: Consent,
    // The JSON columns in the shapes Today and the introduction pages read (a hand-edited one made them 500).
    disclosedCaveats: z.array(z.object({ id: z.string(), party: Party, text: z.string() })),
    personalLines: z.object({
      introduction: z.string().optional(),
      request: z.object({ a: z.string().optional(), b: z.string().optional() }).optional(),
    }),
    followUpAnswers: z.object({
      a: z.object({ answer: FollowUpAnswer, at: IsoDateTime, channel: Channel.optional() }).optional(),
      b: z.object({ answer: FollowUpAnswer, at: IsoDateTime, channel: Channel.optional() }).optional(),
    }),
    outcome: z
      .object({
        kind: OutcomeKind,
        value: z.number().nullable(),
        noShowParty: Party.nullable(),
        note: z.string(),
        at: IsoDateTime,
      })
      .nullable(),
    personAId: z.string(),
    personBId: z.string(),
  })
  .refine((r) => r.personAId !== r.personBId, { error: SELF_INTRODUCTION, path: ['personBId'] });

/** A request as the connector could have edited it, in a state the service writes. */
const RestoredIntroRequest = EditIntroRequestInput.extend({ status: IntroRequestStatus });

/**
 * A referral as the API takes it, with its date (a stored one always has it), and whole: the rules the API
 * applies to the referral as a whole (a closed value only once won, a currency with a value, …), each
 * reported at its field.
 */
const RestoredReferral = ReferralInput.required({ date: true }).superRefine((r, ctx) => {
  for (const p of referralProblems(r)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
});

/**
 * An email as the outbox writes it: its JSON columns in the shapes the outbox reads back (a hand-edited
 * `to` that is not a list of addresses was restored, then every outbox read answered 500).
 */
const MailAddress = z.object({ name: z.string(), address: z.string(), personId: z.string().optional() });
const RestoredOutboxMessage = z.object({
  status: OutboxStatus,
  from: MailAddress,
  to: z.array(MailAddress),
  cc: z.array(MailAddress),
  replyTo: z.array(MailAddress),
  headers: z.record(z.string(), z.string()),
  links: z.array(z.object({ label: z.string(), url: z.string() })),
  accepted: z.array(z.string()),
  rejected: z.array(z.object({ address: z.string(), error: z.string(), resentAs: z.string().nullable() })),
});

type Check = (r: Row) => { schema: z.ZodType; value: unknown };

/** Each table's row as the API input it must pass. */
const AS_INPUT: Record<string, Check> = {
  people: (r) => ({
    schema: PersonInput,
    value: {
      name: r.name,
      emails: r.emails,
      phones: r.phones,
      company: r.company,
      title: r.title,
      location: r.location,
      links: r.links,
      blurb: r.blurb,
      tags: r.tags,
      trust: r.trust,
      vouchCriteria: r.vouchCriteria,
      privateNotes: r.privateNotes,
      caveats: r.caveats,
      introPreferences: r.introPreferences,
      keepInTouch: drop({ idealDays: r.keepInTouchIdealDays, maxDays: r.keepInTouchMaxDays }),
    },
  }),
  needs: (r) => ({
    schema: NeedInput,
    value: { text: r.text, tags: r.tags, urgency: r.urgency, neededBy: r.neededBy, status: r.status },
  }),
  offers: (r) => ({
    schema: OfferInput,
    value: { text: r.text, tags: r.tags, idealCounterpart: r.idealCounterpart, status: r.status },
  }),
  interactions: (r) => ({
    schema: InteractionInput,
    value: {
      type: r.type,
      direction: r.direction,
      occurredAt: r.occurredAt instanceof Date ? r.occurredAt.toISOString() : r.occurredAt,
      note: r.note,
    },
  }),
  introductions: (r) => ({
    schema: RestoredIntroduction,
    value: {
      reason: r.reason,
      pitchA: r.pitchA,
      pitchB: r.pitchB,
      state: r.state,
      kind: r.kind,
      askOrder: r.askOrder,
      firstParty: r.firstParty,
      consentA: r.consentA,
      consentB: r.consentB,
      disclosedCaveats: r.disclosedCaveats,
      personalLines: r.personalLines,
      followUpAnswers: r.followUpAnswers,
      outcome: r.outcome,
      personAId: r.personAId,
      personBId: r.personBId,
    },
  }),
  referrals: (r) => ({
    schema: RestoredReferral,
    value: {
      direction: r.direction,
      referrerId: r.referrerId,
      fromPersonId: r.fromPersonId,
      toPersonId: r.toPersonId,
      introductionId: r.introductionId,
      about: r.about,
      status: r.status,
      estimatedValue: r.estimatedValue,
      closedValue: r.closedValue,
      currency: r.currency,
      date: r.date,
    },
  }),
  outbox_messages: (r) => ({
    schema: RestoredOutboxMessage,
    value: {
      status: r.status,
      from: r.from,
      to: r.to,
      cc: r.cc,
      replyTo: r.replyTo,
      headers: r.headers,
      links: r.links,
      accepted: r.accepted,
      rejected: r.rejected,
    },
  }),
  matching_settings: (r) => ({
    schema: MatchingSettingsPatch.required(),
    value: { suggestionsPerWeek: r.suggestionsPerWeek, declineCooldownDays: r.declineCooldownDays },
  }),
  tag_cadences: (r) => ({
    schema: TagCadenceInput,
    value: { idealDays: r.idealDays, maxDays: r.maxDays },
  }),
  intro_requests: (r) => ({
    schema: RestoredIntroRequest,
    value: {
      requesterName: r.requesterName,
      requesterEmail: r.requesterEmail,
      wantsToMeet: r.wantsToMeet,
      why: r.why,
      aboutRequester: r.aboutRequester,
      status: r.status,
    },
  }),
};

/**
 * Each table's JSON columns as the API answers with them, whole: the input schemas fill in what a request
 * leaves out (a link's kind, a criterion's met, a caveat's id, every preference), but a restore writes the
 * row as it is, and the reads count on those fields (a person's preferences without their list of valued
 * help failed `people show`; a consent answer through an unknown channel answered 500 on Today).
 */
const AS_READ: Record<string, Check> = {
  people: (r) => ({
    // Partial: a column left out of the row takes the database's default, which is whole.
    schema: Person.pick({
      links: true,
      vouchCriteria: true,
      caveats: true,
      introPreferences: true,
    }).partial(),
    value: {
      links: r.links,
      vouchCriteria: r.vouchCriteria,
      caveats: r.caveats,
      introPreferences: r.introPreferences,
    },
  }),
  consent_log: (r) => ({
    schema: ConsentLogEntry.pick({ channel: true }).partial(),
    value: { channel: r.channel },
  }),
};

/** The API schemas take absent fields as their defaults. */
function drop(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** The problems of one row, each naming `tables.<table>[<row>].<field>`. */
export function rowProblems(plan: TablePlan, row: Row, index: number): FieldError[] {
  const at = (field: string) => `tables.${plan.name}[${index}]${field ? `.${field}` : ''}`;
  const out: FieldError[] = [];
  // A column the input schema refused is not reported again for its shape.
  const refused = new Set<string>();
  for (const check of [AS_INPUT[plan.name], AS_READ[plan.name]]) {
    const input = check?.(row);
    const parsed = input?.schema.safeParse(drop(input.value));
    if (!parsed || parsed.success) continue;
    const issues = parsed.error.issues.filter((issue) => !refused.has(String(issue.path[0])));
    for (const issue of issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      out.push(fieldError(at(path.replace(/^\./, '')), issue.message));
    }
    for (const issue of issues) refused.add(String(issue.path[0]));
  }
  if (plan.name === 'person_photos') {
    const data = row.data;
    const type = row.mediaType;
    if (!isPhotoMediaType(type)) {
      out.push(fieldError(at('mediaType'), `must be one of ${PHOTO_MEDIA_TYPES.join(', ')}`));
    } else if (!(data instanceof Uint8Array) || sniffImage(data) !== type) {
      out.push(fieldError(at('data'), `must be an image of type ${String(type)}`));
    }
    if (data instanceof Uint8Array && data.byteLength > MAX_PHOTO_BYTES) {
      out.push(fieldError(at('data'), `must be at most ${MAX_PHOTO_BYTES} bytes`));
    }
  }
  for (const c of plan.columns) {
    if (c.kind !== 'timestamp' || plan.name === 'interactions') continue;
    const v = row[c.key];
    if (v instanceof Date && (v.getTime() < EARLIEST || v.getTime() >= LATEST)) {
      out.push(fieldError(at(c.key), 'must be between 2000-01-01 and 2200-01-01'));
    }
  }
  return out;
}

/**
 * Ids that point at rows the backup does not hold, and rows that share an id. A foreign key must name a
 * row of its target table in the backup; an id column without a foreign key (a message id) a row of any
 * table in it. Two rows with one id (a row copied by hand) would fail the insert as if the id were taken
 * in this instance: named here instead, row by row.
 */
export function referenceProblems(decoded: { plan: TablePlan; rows: Row[] }[]): FieldError[] {
  const idsOf = new Map<string, Set<string>>();
  const all = new Set<string>();
  const out: FieldError[] = [];
  for (const { plan, rows } of decoded) {
    const cfg = getTableConfig(plan.table);
    const primary = plan.columns.filter(
      (c) =>
        c.column.primary || cfg.primaryKeys.some((pk) => pk.columns.some((x) => x.name === c.column.name)),
    );
    if (primary.length !== 1) continue;
    const key = primary[0]!.key;
    const firstRow = new Map<string, number>();
    rows.forEach((row, i) => {
      const id = String(row[key]);
      const first = firstRow.get(id);
      if (first === undefined) firstRow.set(id, i);
      else
        out.push(
          fieldError(
            `tables.${plan.name}[${i}].${key}`,
            `is also the ${key} of tables.${plan.name}[${first}]; each row needs its own`,
          ),
        );
    });
    const ids = new Set(firstRow.keys());
    idsOf.set(plan.name, ids);
    for (const id of ids) all.add(id);
  }
  for (const { plan, rows } of decoded) {
    const cfg = getTableConfig(plan.table);
    const target = new Map<string, string>();
    for (const fk of cfg.foreignKeys) {
      const ref = fk.reference();
      if (ref.columns.length === 1) target.set(ref.columns[0]!.name, getTableConfig(ref.foreignTable).name);
    }
    const refs = plan.columns.filter(
      (c) => c.kind === 'id' && (target.has(c.column.name) || !c.column.primary),
    );
    rows.forEach((row, i) => {
      for (const c of refs) {
        const v = row[c.key];
        if (v === null || v === undefined) continue;
        const name = target.get(c.column.name);
        const known = name ? idsOf.get(name) : all;
        if (!known?.has(String(v))) {
          out.push(
            fieldError(
              `tables.${plan.name}[${i}].${c.key}`,
              `refers to ${name ? `a row of ${name}` : 'a row'} that is not in the backup`,
            ),
          );
        }
      }
    });
  }
  return out;
}

/** At most this many problems are reported; the file is refused either way. */
const MAX_REPORTED = 100;

/** Every problem of the decoded backup, in table and row order (at most MAX_REPORTED). */
export function backupProblems(decoded: { plan: TablePlan; rows: Row[] }[]): FieldError[] {
  const out: FieldError[] = [];
  for (const { plan, rows } of decoded) {
    rows.forEach((row, i) => {
      if (out.length < MAX_REPORTED) out.push(...rowProblems(plan, row, i));
    });
  }
  out.push(...referenceProblems(decoded));
  return out.slice(0, MAX_REPORTED);
}
