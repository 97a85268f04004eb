// Introductions and everything recorded about them. Every table carries account_id; rows depend on
// people (and needs) and on introductions, in that order.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ASK_ORDERS,
  type Channel,
  CONSENT_LOG_ANSWERS,
  FINAL_STATES,
  type FollowUpAnswer,
  INTRO_KINDS,
  INTRO_STATES,
  type OutcomeKind,
  PARTIES,
  type Party,
} from '../../domain/introduction/types';
import { accounts } from './accounts';
import { createdAt, id, updatedAt } from './columns';
import { needs, people } from './people';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });
const accountId = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });
const introductionId = () =>
  uuid('introduction_id')
    .notNull()
    .references(() => introductions.id, { onDelete: 'cascade' });
const personId = (name = 'person_id') =>
  uuid(name)
    .notNull()
    .references(() => people.id, { onDelete: 'cascade' });

// The lists of values (states, parties, kinds…) are the domain's own (`src/domain/introduction/types.ts`);
// the columns are text, so the lists type the values without a database enum to migrate.

/** The domain's consent record as stored (instants as ISO strings). */
export type ConsentJson =
  | { status: 'not_asked' }
  | { status: 'asked'; askedAt: string; remindedAt: string | null }
  | { status: 'yes'; at: string; channel: Channel }
  | { status: 'later'; at: string; channel: Channel; until: string }
  | { status: 'no'; at: string; channel: Channel; withdrawn: boolean };
/** `channel` is absent on answers recorded before it was kept: those came from the person's own click. */
export type FollowUpAnswersJson = Partial<
  Record<Party, { answer: FollowUpAnswer; at: string; channel?: Channel }>
>;
export type OutcomeJson = {
  kind: OutcomeKind;
  value: number | null;
  noShowParty: Party | null;
  note: string;
  at: string;
};
/**
 * Personal lines the connector wrote when reviewing an email before it went out: the introduction's, and
 * the consent request each person was last sent. Absent or '' means none.
 */
export type PersonalLinesJson = { introduction?: string; request?: Partial<Record<Party, string>> };
/** A caveat exactly as disclosed: whose it is and its text at the time of proposing. */
export type DisclosedCaveatJson = { id: string; party: Party; text: string };

export const introductions = pgTable(
  'introductions',
  {
    id: id(),
    accountId: accountId(),
    personAId: personId('person_a_id'),
    personBId: personId('person_b_id'),
    needId: uuid('need_id').references(() => needs.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: INTRO_KINDS }).notNull(),
    reason: text('reason').notNull(),
    askOrder: text('ask_order', { enum: ASK_ORDERS }).notNull(),
    firstParty: text('first_party', { enum: PARTIES }).notNull(),
    autoSend: boolean('auto_send').notNull().default(false),
    /** The paragraph about A that B is shown, and the one about B that A is shown. */
    pitchA: text('pitch_a').notNull(),
    pitchB: text('pitch_b').notNull(),
    disclosedCaveats: jsonb('disclosed_caveats').$type<DisclosedCaveatJson[]>().notNull().default([]),
    personalLines: jsonb('personal_lines').$type<PersonalLinesJson>().notNull().default({}),
    state: text('state', { enum: INTRO_STATES }).notNull(),
    consentA: jsonb('consent_a').$type<ConsentJson>().notNull(),
    consentB: jsonb('consent_b').$type<ConsentJson>().notNull(),
    checkBackNotedAt: ts('check_back_noted_at'),
    introducedAt: ts('introduced_at'),
    followUpSentAt: ts('follow_up_sent_at'),
    followUpAnswers: jsonb('follow_up_answers').$type<FollowUpAnswersJson>().notNull().default({}),
    outcome: jsonb('outcome').$type<OutcomeJson>(),
    endedAt: ts('ended_at'),
    /** When the next timed event (reminder, expiry, check-back, follow-up) falls due; sweeps use it. */
    nextDueAt: ts('next_due_at'),
    /** Bumped by every change; writers check it so two racing changes cannot both apply. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('introductions_account_updated_idx').on(t.accountId, t.updatedAt, t.id),
    index('introductions_account_state_idx').on(t.accountId, t.state),
    index('introductions_person_a_idx').on(t.personAId),
    index('introductions_person_b_idx').on(t.personBId),
    index('introductions_next_due_idx').on(t.nextDueAt).where(sql`${t.nextDueAt} is not null`),
    // One open introduction per pair of people, whichever way round, even when two proposals race.
    uniqueIndex('introductions_open_pair_key')
      .on(
        t.accountId,
        sql`least(${t.personAId}, ${t.personBId})`,
        sql`greatest(${t.personAId}, ${t.personBId})`,
      )
      .where(sql`${t.state} not in (${sql.raw(FINAL_STATES.map((s) => `'${s}'`).join(', '))})`),
  ],
);

/** The event log: one row per step of every change, written in the same transaction as the change. */
export const introductionEvents = pgTable(
  'introduction_events',
  {
    id: id(),
    accountId: accountId(),
    introductionId: introductionId(),
    /** Insertion order, so events of one transaction keep their order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    fromState: text('from_state', { enum: INTRO_STATES }),
    toState: text('to_state', { enum: INTRO_STATES }).notNull(),
    party: text('party', { enum: PARTIES }),
    actor: text('actor', { enum: ['connector', 'person', 'system'] }).notNull(),
    detail: text('detail').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('introduction_events_intro_idx').on(t.introductionId, t.seq)],
);

/**
 * The consent log, append-only: who answered what, when, by which channel, with their note and exactly
 * the text and HTML of the request they had been shown.
 */
export const consentLog = pgTable(
  'consent_log',
  {
    id: id(),
    accountId: accountId(),
    introductionId: introductionId(),
    /** Insertion order: answers recorded in one instant keep the order they were given in. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    personId: personId(),
    party: text('party', { enum: PARTIES }).notNull(),
    answer: text('answer', { enum: CONSENT_LOG_ANSWERS }).notNull(),
    until: date('until', { mode: 'string' }),
    channel: text('channel').$type<Channel>().notNull(),
    note: text('note').notNull().default(''),
    recordedBy: text('recorded_by', { enum: ['person', 'connector'] }).notNull(),
    /** The outbox message whose request the person answered, if any. */
    shownMessageId: uuid('shown_message_id'),
    shownSubject: text('shown_subject').notNull().default(''),
    shownText: text('shown_text').notNull().default(''),
    shownHtml: text('shown_html').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('consent_log_intro_idx').on(t.introductionId, t.seq),
    // Today's answers: the account's latest.
    index('consent_log_account_created_idx').on(t.accountId, t.createdAt),
  ],
);

/**
 * Links sent to people. Only the SHA-256 of each token is stored; a token serves one person, one
 * introduction and one purpose, and expires.
 */
export const consentTokens = pgTable(
  'consent_tokens',
  {
    id: id(),
    accountId: accountId(),
    introductionId: introductionId(),
    personId: personId(),
    party: text('party', { enum: PARTIES }).notNull(),
    purpose: text('purpose', { enum: ['consent', 'follow_up', 'opt_out'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** The email that carried the link, so an answer can record what the person was shown. */
    messageId: uuid('message_id'),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    /** The answer given through this link; a replay of the same answer is shown, another is refused. */
    usedAnswer: text('used_answer'),
    createdAt: createdAt(),
  },
  (t) => [index('consent_tokens_intro_idx').on(t.introductionId)],
);

/** What each person reported, or the connector recorded, about how an introduction went. */
export const introductionOutcomes = pgTable(
  'introduction_outcomes',
  {
    id: id(),
    accountId: accountId(),
    introductionId: introductionId(),
    personId: personId(),
    party: text('party', { enum: PARTIES }).notNull(),
    source: text('source', { enum: ['follow_up', 'connector'] }).notNull(),
    /** A follow-up answer (source follow_up) or the connector's outcome for this person. */
    outcome: text('outcome').$type<FollowUpAnswer | OutcomeKind>().notNull(),
    value: numeric('value', { precision: 14, scale: 2, mode: 'number' }),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('introduction_outcomes_person_idx').on(t.accountId, t.personId),
    index('introduction_outcomes_intro_idx').on(t.introductionId),
    // Today's follow-up answers: the account's latest.
    index('introduction_outcomes_account_created_idx').on(t.accountId, t.createdAt),
  ],
);

export type IntroductionRow = typeof introductions.$inferSelect;
export type IntroductionEventRow = typeof introductionEvents.$inferSelect;
export type ConsentLogRow = typeof consentLog.$inferSelect;
export type ConsentTokenRow = typeof consentTokens.$inferSelect;
export type IntroductionOutcomeRow = typeof introductionOutcomes.$inferSelect;
