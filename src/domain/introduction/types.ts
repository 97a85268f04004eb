// The vocabulary of an introduction: its states, each party's consent, the events that move it and the
// effects a move asks the outside world to carry out. Pure data; no I/O. Each list of values is written
// here once: the database columns (`src/db/schema/introductions.ts`) and the API schemas
// (`src/introductions/schema.ts`) are built from these arrays.

export const INTRO_STATES = [
  'draft',
  'asking',
  'snoozed',
  'ready',
  'introduced',
  'following_up',
  'closed',
  'declined',
  'expired',
  'cancelled',
] as const;
export type IntroState = (typeof INTRO_STATES)[number];

export const FINAL_STATES: readonly IntroState[] = ['closed', 'declined', 'expired', 'cancelled'];
export const OPEN_STATES: readonly IntroState[] = INTRO_STATES.filter((s) => !FINAL_STATES.includes(s));
export const isFinal = (s: IntroState) => FINAL_STATES.includes(s);

export const PARTIES = ['a', 'b'] as const;
export type Party = (typeof PARTIES)[number];
export const otherParty = (p: Party): Party => (p === 'a' ? 'b' : 'a');

export const INTRO_KINDS = ['seeker_provider', 'peers'] as const;
export type IntroKind = (typeof INTRO_KINDS)[number];
export const ASK_ORDERS = ['sequential', 'parallel'] as const;
export type AskOrder = (typeof ASK_ORDERS)[number];

export const ANSWERS = ['yes', 'later', 'no'] as const;
export type Answer = (typeof ANSWERS)[number];
export const isAnswer = (value: unknown): value is Answer => (ANSWERS as readonly unknown[]).includes(value);

/** How an answer reached the connector. Only `email_link` comes from the party's own click. */
export const CHANNELS = ['email_link', 'phone', 'in_person', 'message', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export type Consent =
  | { status: 'not_asked' }
  | { status: 'asked'; askedAt: Date; remindedAt: Date | null }
  | { status: 'yes'; at: Date; channel: Channel }
  /** `until` is a calendar date, YYYY-MM-DD (UTC). */
  | { status: 'later'; at: Date; channel: Channel; until: string }
  | { status: 'no'; at: Date; channel: Channel; withdrawn: boolean };
export type ConsentStatus = Consent['status'];
export const CONSENT_STATUSES = [
  'not_asked',
  'asked',
  'yes',
  'later',
  'no',
] as const satisfies readonly ConsentStatus[];
/** Compiles only while every status of `Consent` is in the list above. */
export const CONSENT_STATUSES_COMPLETE: Exclude<
  ConsentStatus,
  (typeof CONSENT_STATUSES)[number]
> extends never
  ? true
  : never = true;
/** What the consent log records: an answer, or a yes taken back. */
export const CONSENT_LOG_ANSWERS = [...ANSWERS, 'withdrawn'] as const;
export type ConsentLogAnswer = (typeof CONSENT_LOG_ANSWERS)[number];

export const FOLLOW_UP_ANSWERS = ['met_helpful', 'met_not_fit', 'not_yet', 'no_contact'] as const;
export type FollowUpAnswer = (typeof FOLLOW_UP_ANSWERS)[number];
export const isFollowUpAnswer = (value: unknown): value is FollowUpAnswer =>
  (FOLLOW_UP_ANSWERS as readonly unknown[]).includes(value);

export const OUTCOMES = ['met_helpful', 'met_not_fit', 'business_done', 'not_met', 'no_show'] as const;
export type OutcomeKind = (typeof OUTCOMES)[number];
export interface Outcome {
  kind: OutcomeKind;
  /** Business done: the value that closed, in the connector's currency. */
  value: number | null;
  /** No-show: who did not show up. */
  noShowParty: Party | null;
  note: string;
  at: Date;
}

/** Facts about each person that the rules depend on, read fresh whenever the introduction moves. */
export interface PartyFacts {
  doNotIntroduce: boolean;
  hasEmail: boolean;
  /** Consent requests this person may still receive this month (their own limit); null or absent: no limit. */
  requestsLeft?: number | null;
}

export interface Introduction {
  state: IntroState;
  kind: IntroKind;
  order: AskOrder;
  /** Who is asked first in sequential order (parallel order asks both at once). */
  firstParty: Party;
  autoSend: boolean;
  consent: Record<Party, Consent>;
  parties: Record<Party, PartyFacts>;
  /** Set when the snooze date has passed and the check-back has been put on the agenda. */
  checkBackNotedAt: Date | null;
  introducedAt: Date | null;
  followUpSentAt: Date | null;
  followUpAnswers: Partial<Record<Party, { answer: FollowUpAnswer; at: Date; channel: Channel }>>;
  outcome: Outcome | null;
  endedAt: Date | null;
}

export type IntroEvent =
  | { type: 'request' }
  | {
      type: 'answer';
      party: Party;
      answer: Answer;
      /** Required for `later`: the date to ask again, YYYY-MM-DD. */
      until?: string;
      channel: Channel;
      note?: string;
    }
  | { type: 'withdraw'; party: Party; channel: Channel; note?: string }
  | { type: 'remind' }
  | { type: 'expire' }
  | { type: 'check_back_due' }
  | { type: 'reask' }
  /** Asks `party` again because their yes has grown stale (older than `reconfirmAfterDays`). */
  | { type: 'reconfirm'; party: Party }
  | { type: 'introduce' }
  /** `early`: the connector sends the follow-up before it is due. */
  | { type: 'follow_up'; early?: boolean }
  | {
      type: 'follow_up_answer';
      party: Party;
      answer: FollowUpAnswer;
      note?: string;
      /** How the answer came; absent means the person's own click on the follow-up link. */
      channel?: Channel;
    }
  | {
      type: 'record_outcome';
      outcome: OutcomeKind;
      value?: number | null;
      noShowParty?: Party | null;
      note?: string;
    }
  | { type: 'cancel'; note?: string }
  /** `content`: the reason, pitches or disclosed caveats change too (stored outside the domain model). */
  | { type: 'edit'; order?: AskOrder; firstParty?: Party; autoSend?: boolean; content?: boolean };
export type IntroEventType = IntroEvent['type'];

/** Where a consent request sits in the conversation; the templates word it accordingly. */
export const REQUEST_POSITIONS = ['first', 'second', 'parallel'] as const;
export type RequestPosition = (typeof REQUEST_POSITIONS)[number];

export type Effect =
  | {
      type: 'send_consent_request';
      party: Party;
      position: RequestPosition;
      reask: boolean;
      /** A reconfirmation: when the person's earlier (now stale) yes was given. */
      reconfirmYesAt?: Date;
    }
  | { type: 'send_reminder'; party: Party }
  | { type: 'send_introduction' }
  | { type: 'send_follow_up'; party: Party }
  /**
   * A short neutral note to a party who had said yes, when the introduction ends without happening.
   * It carries no reason: the same note goes out after a cancel, a decline or an expiry, so it never
   * reveals who said no or why.
   */
  | { type: 'send_closing_note'; party: Party };

/** One line of the event log. Every change of state or consent writes at least one. */
export interface LogEntry {
  type:
    | 'requested'
    | 'answered'
    | 'snoozed'
    | 'withdrawn'
    | 'second_party_asked'
    | 'reminded'
    | 'expired'
    | 'check_back_due'
    | 'reasked'
    | 'reconfirm_requested'
    | 'ready'
    | 'introduced'
    | 'follow_up_sent'
    | 'follow_up_answered'
    | 'outcome_recorded'
    | 'cancelled'
    | 'declined'
    | 'edited';
  from: IntroState;
  to: IntroState;
  party: Party | null;
  /** The answer recorded by this entry, for the consent log. */
  consent?: { answer: ConsentLogAnswer; until: string | null; channel: Channel; note: string };
  followUp?: { answer: FollowUpAnswer; note: string };
  detail?: string;
}

export type TransitionErrorCode =
  | 'not_allowed_in_state'
  | 'not_asked'
  | 'already_answered'
  | 'invalid_until'
  | 'not_due'
  | 'opted_out'
  | 'missing_email'
  | 'over_budget'
  | 'invalid_outcome'
  /** A yes is older than `reconfirmAfterDays`: that person must be asked again before the introduction. */
  | 'stale_yes';

export interface TransitionError {
  code: TransitionErrorCode;
  message: string;
  /** The person the refusal is about, when it is about one. */
  party?: Party;
}

export type TransitionResult =
  | { ok: true; intro: Introduction; effects: Effect[]; log: LogEntry[]; changed: boolean }
  | { ok: false; error: TransitionError };
