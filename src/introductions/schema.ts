// Introduction schemas for the API, OpenAPI and the web app. They import zod, the common schemas, the
// outbox message schema and the domain's lists of values (pure constants), so each list is written once.
import { z } from 'zod';
import {
  ANSWERS,
  ASK_ORDERS,
  CHANNELS,
  CONSENT_LOG_ANSWERS,
  CONSENT_STATUSES,
  FOLLOW_UP_ANSWERS,
  INTRO_KINDS,
  INTRO_STATES,
  OUTCOMES,
  PARTIES,
  REQUEST_POSITIONS,
} from '../domain/introduction/types';
import { OutboxMessage } from '../mail/schema';
import { NeedStatus } from '../needs/schema';
import {
  HIDDEN_CHARACTERS_ERROR,
  hasHiddenCharacters,
  Id,
  InputDate,
  IsoDate,
  IsoDateTime,
  Problem,
  text,
} from '../shared/common-schema';

export const IntroKind = z.enum(INTRO_KINDS);
export const AskOrder = z.enum(ASK_ORDERS);
export const IntroState = z.enum(INTRO_STATES);
export const Party = z.enum(PARTIES);
export const Channel = z.enum(CHANNELS);
/** Channels the connector can record; `email_link` is only ever the person's own click. */
export const ConnectorChannel = Channel.exclude(['email_link']);
export const Answer = z.enum(ANSWERS);
export const FollowUpAnswer = z.enum(FOLLOW_UP_ANSWERS);
export const OutcomeKind = z.enum(OUTCOMES);

const reason = z
  .string()
  .trim()
  .min(1, { error: 'say in a sentence or two why they should meet' })
  .max(4000, { error: 'must be at most 4000 characters' })
  .refine((s) => !hasHiddenCharacters(s), { error: HIDDEN_CHARACTERS_ERROR });
const pitch = text(4000);
const note = text(2000);
const personalLine = text(1000);

const reviewFields = {
  personalLine: personalLine
    .optional()
    .describe('A line of your own at the top of the email(s) this step sends; none when absent'),
  blurbs: z
    .strictObject({
      a: pitch.optional().describe('What B is told about A (replaces the pitch about A)'),
      b: pitch.optional().describe('What A is told about B (replaces the pitch about B)'),
    })
    .optional(),
};

/** What may be changed when reviewing an email before it goes out; stored on the introduction as sent. */
export const SendReview = z.strictObject(reviewFields).meta({ id: 'SendReview' });
export type SendReview = z.output<typeof SendReview>;

export const ReconfirmInput = z
  .strictObject({ party: Party.describe('Whose stale yes to reconfirm'), ...reviewFields })
  .meta({ id: 'ReconfirmInput' });
export type ReconfirmInput = z.output<typeof ReconfirmInput>;

export const IntroductionInput = z
  .strictObject({
    personAId: Id.describe('For seeker_provider: the seeker (customer side)'),
    personBId: Id,
    kind: IntroKind,
    reason,
    order: AskOrder.default('sequential'),
    discloseCaveatIds: z
      .array(Id)
      .max(60)
      .default([])
      .describe('Caveats (of either person) to show the other person; everything else stays private'),
    pitchA: pitch.optional().describe('What B is told about A; defaults to A’s blurb'),
    pitchB: pitch.optional().describe('What A is told about B; defaults to B’s blurb'),
    autoSend: z.boolean().default(false).describe('Send the introduction as soon as both said yes'),
    needId: Id.optional().describe('The need of person A this introduction answers'),
    firstPersonId: Id.optional().describe(
      'Sequential order: who is asked first (default: A, or whoever is busy)',
    ),
    confirmUnvouched: z
      .boolean()
      .optional()
      .describe(
        'Draft even though someone put forward as a provider (B; both for peers) has vouch criteria not all met',
      ),
  })
  .meta({ id: 'IntroductionInput' });
export type IntroductionInput = z.output<typeof IntroductionInput>;

export const IntroductionPatch = z
  .strictObject({
    reason: reason.optional(),
    pitchA: pitch.optional(),
    pitchB: pitch.optional(),
    discloseCaveatIds: z.array(Id).max(60).optional(),
    order: AskOrder.optional(),
    firstPersonId: Id.optional(),
    autoSend: z.boolean().optional(),
  })
  .meta({ id: 'IntroductionPatch' });
export type IntroductionPatch = z.output<typeof IntroductionPatch>;

export const AnswerInput = z
  .strictObject({
    personId: Id,
    answer: Answer,
    until: InputDate.optional().describe('For "later": the date to ask again'),
    note: note.optional(),
    channel: ConnectorChannel.default('phone'),
  })
  .meta({ id: 'AnswerInput' });
export type AnswerInput = z.output<typeof AnswerInput>;

export const WithdrawInput = z
  .strictObject({ personId: Id, note: note.optional(), channel: ConnectorChannel.default('phone') })
  .meta({ id: 'WithdrawInput' });

export const OutcomeInput = z
  .strictObject({
    outcome: OutcomeKind,
    value: z.number().min(0).max(1e12).optional().describe('Business done: the value that closed'),
    note: note.optional(),
    noShowPersonId: Id.optional().describe('No-show: who did not show up'),
    markNeedMet: z
      .boolean()
      .optional()
      .describe(
        'met_helpful or business_done on an introduction with a need: mark that need met in the same change',
      ),
  })
  .meta({ id: 'OutcomeInput' });
export type OutcomeInput = z.output<typeof OutcomeInput>;

export const FollowUpAnswerInput = z
  .strictObject({
    personId: Id,
    answer: FollowUpAnswer,
    note: note.optional(),
    channel: ConnectorChannel.default('phone'),
  })
  .meta({ id: 'FollowUpAnswerInput' });
export type FollowUpAnswerInput = z.output<typeof FollowUpAnswerInput>;

export const NoteInput = z.strictObject({ note: note.optional() }).meta({ id: 'NoteInput' });

export const FollowUpInput = z
  .strictObject({ early: z.boolean().default(true) })
  .meta({ id: 'FollowUpInput' });

const PersonRef = z.object({ id: Id, name: z.string() });

export const ConsentView = z
  .object({
    status: z.enum(CONSENT_STATUSES),
    askedAt: IsoDateTime.nullable(),
    remindedAt: IsoDateTime.nullable(),
    answeredAt: IsoDateTime.nullable(),
    channel: Channel.nullable(),
    until: IsoDate.nullable(),
    withdrawn: z.boolean(),
    note: z.string().describe('The note the person (or the connector) gave with this answer; "" when none'),
    undelivered: z
      .boolean()
      .describe(
        'Asked, but the newest request or reminder did not reach them (refused or failed) and can be resent: they cannot answer it',
      ),
  })
  .meta({ id: 'ConsentView' });
export type ConsentView = z.infer<typeof ConsentView>;

export const OutcomeView = z.object({
  kind: OutcomeKind,
  value: z.number().nullable(),
  noShowPersonId: Id.nullable(),
  note: z.string(),
  at: IsoDateTime,
});

export const ActionVerdict = z
  .object({
    allowed: z.boolean(),
    reason: z.string().optional().describe('Why not, in the rules’ own words'),
    code: z
      .string()
      .optional()
      .describe(
        'Why not, as a code: not_allowed_in_state, opted_out, missing_email, over_budget, no_change, …',
      ),
    personId: Id.optional().describe('The person the refusal is about, when it is about one'),
  })
  .meta({ id: 'ActionVerdict' });
export type ActionVerdict = z.infer<typeof ActionVerdict>;

const PerPerson = z.object({ a: ActionVerdict, b: ActionVerdict });

export const IntroductionActions = z
  .object({
    request: ActionVerdict.describe('POST …/request'),
    introduce: ActionVerdict.describe('POST …/introduce'),
    reask: ActionVerdict.describe('POST …/reask'),
    followUp: ActionVerdict.describe('POST …/follow-up'),
    outcome: ActionVerdict.describe('POST …/outcome'),
    cancel: ActionVerdict.describe('POST …/cancel'),
    edit: ActionVerdict.describe('PATCH with a new reason, pitches, caveats or order (drafts only)'),
    answer: PerPerson.describe('POST …/answers, for person A and person B'),
    withdraw: PerPerson.describe('POST …/withdraw, for person A and person B'),
    followUpAnswer: PerPerson.describe('POST …/follow-up-answers, for person A and person B'),
    reconfirm: PerPerson.describe('POST …/reconfirm: ask again someone whose yes has grown stale'),
  })
  .describe('What can be done now, decided by the same state machine that checks every request')
  .meta({ id: 'IntroductionActions' });
export type IntroductionActions = z.infer<typeof IntroductionActions>;

export const Introduction = z
  .object({
    id: Id,
    state: IntroState,
    kind: IntroKind,
    order: AskOrder,
    firstParty: Party.describe('Who is (or was) asked first in sequential order'),
    autoSend: z.boolean(),
    personA: PersonRef,
    personB: PersonRef,
    needId: Id.nullable(),
    reason: z.string(),
    consent: z.object({ a: ConsentView, b: ConsentView }),
    snoozedUntil: IsoDate.nullable(),
    nextDueAt: IsoDateTime.nullable().describe(
      'When the next reminder, expiry, check-back or follow-up is due',
    ),
    introducedAt: IsoDateTime.nullable(),
    followUpSentAt: IsoDateTime.nullable(),
    endedAt: IsoDateTime.nullable(),
    outcome: OutcomeView.nullable(),
    actions: IntroductionActions,
    version: z.number().int(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Introduction' });
export type Introduction = z.infer<typeof Introduction>;

export const ConsentLogEntry = z.object({
  id: Id,
  personId: Id,
  party: Party,
  answer: z.enum(CONSENT_LOG_ANSWERS),
  until: IsoDate.nullable(),
  channel: Channel,
  note: z.string(),
  recordedBy: z.enum(['person', 'connector']),
  shown: z.object({
    messageId: Id.nullable().describe('The outbox message whose request was answered'),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
  }),
  at: IsoDateTime,
});

export const IntroductionEvent = z.object({
  id: Id,
  type: z.string(),
  fromState: IntroState.nullable(),
  toState: IntroState,
  party: Party.nullable(),
  actor: z.enum(['connector', 'person', 'system']),
  detail: z.string(),
  at: IsoDateTime,
});

export const PersonOutcome = z.object({
  id: Id,
  personId: Id,
  party: Party,
  source: z.enum(['follow_up', 'connector']),
  outcome: z.string(),
  value: z.number().nullable(),
  note: z.string(),
  at: IsoDateTime,
});

export const IntroductionDetail = Introduction.extend({
  pitchA: z.string(),
  pitchB: z.string(),
  personalLines: z
    .object({
      introduction: z.string(),
      request: z.object({ a: z.string(), b: z.string() }),
    })
    .describe('The personal lines written at review: of the introduction, and of the last request to each'),
  need: z
    .object({ id: Id, text: z.string(), status: NeedStatus })
    .nullable()
    .describe('The need this introduction answers, as it stands now'),
  canMarkNeedMet: z
    .array(OutcomeKind)
    .describe('Outcomes that offer to mark the need met (markNeedMet), while it is open; [] otherwise'),
  disclosedCaveats: z.array(z.object({ id: Id, party: Party, text: z.string() })),
  followUpAnswers: z.object({
    a: z.object({ answer: FollowUpAnswer, at: IsoDateTime, channel: Channel }).nullable(),
    b: z.object({ answer: FollowUpAnswer, at: IsoDateTime, channel: Channel }).nullable(),
  }),
  consentLog: z.array(ConsentLogEntry),
  events: z.array(IntroductionEvent),
  outcomes: z.array(PersonOutcome),
  emails: z.array(OutboxMessage).describe('Outbox messages of this introduction, oldest first'),
}).meta({ id: 'IntroductionDetail' });
export type IntroductionDetail = z.infer<typeof IntroductionDetail>;

export const PreviewAction = z.enum(['request', 'introduce', 'reask', 'reconfirm', 'follow-up', 'cancel']);
export type PreviewAction = z.infer<typeof PreviewAction>;

export const StepPreview = z
  .object({
    state: IntroState.describe('The state the introduction would be in afterwards'),
    messages: z.array(
      z.object({
        kind: z.string(),
        from: z.string(),
        to: z.array(z.string()),
        cc: z.array(z.string()),
        subject: z.string(),
        text: z.string(),
        html: z.string(),
      }),
    ),
  })
  .meta({ id: 'StepPreview' });
export type StepPreview = z.infer<typeof StepPreview>;

export const ConsentRequestPreview = z
  .object({
    personId: Id,
    position: z
      .enum(REQUEST_POSITIONS)
      .describe('first: asked first; second: asked after the first said yes; parallel: both at once'),
    from: z.string().describe('The From line, e.g. "Alex Kim (via Linchpin) <intros@example.com>"'),
    to: z.array(z.string()),
    subject: z.string(),
    text: z.string(),
    html: z.string(),
  })
  .meta({ id: 'ConsentRequestPreview' });

export const ProposalPreview = z
  .object({
    a: ConsentRequestPreview.describe('The request person A would get (about B)'),
    b: ConsentRequestPreview.describe('The request person B would get (about A)'),
  })
  .describe('Links are placeholders: the real ones carry a fresh token made when the request is sent')
  .meta({ id: 'ProposalPreview' });
export type ProposalPreview = z.infer<typeof ProposalPreview>;

/** A step the rules refuse; `code` says why when the client can offer the way out (stale_yes: reconfirm). */
export const StepProblem = Problem.extend({
  code: z.enum(['stale_yes']).optional().describe('stale_yes: a yes is too old; POST …/reconfirm first'),
}).meta({ id: 'StepProblem' });

/** The 409 when two people already have an open introduction. */
export const DuplicateProblem = Problem.extend({
  existingIntroductionId: Id.optional().describe('The open introduction between the same two people'),
  unmetCriteria: z
    .array(
      z.object({
        personId: Id,
        name: z.string(),
        met: z.number().int(),
        total: z.number().int(),
        unmet: z.array(z.string()),
      }),
    )
    .optional()
    .describe('Who would be put forward as a provider without all of their vouch criteria met'),
}).meta({ id: 'DuplicateIntroductionProblem' });
