// The words `linchpin intro` prints for the introduction's codes, and reads back: an option takes the
// code (`business_done`) or its words ("business done", `business-done`, "met, and it helped"). `--json`
// keeps the codes. Keyed by the domain's own types, so a new value fails the type check until it has words.
import type {
  Answer,
  Channel,
  ConsentStatus,
  FollowUpAnswer,
  IntroKind,
  IntroState,
  LogEntry,
  OutcomeKind,
} from '../../domain/introduction/types';
import type { IntroductionDetail } from '../../introductions/schema';

export const CONSENT_WORDS: Record<ConsentStatus, string> = {
  not_asked: 'not asked yet',
  asked: 'asked, waiting',
  yes: 'yes',
  later: 'not now',
  no: 'no',
};

/** Where an introduction stands, after "The introduction is now …". */
export const STATE_WORDS: Record<IntroState, string> = {
  draft: 'a draft (nobody has been asked yet)',
  asking: 'asking for consent',
  snoozed: 'snoozed (someone said "not now")',
  ready: 'ready to send (both said yes)',
  introduced: 'made: the introduction email is written',
  following_up: 'following up',
  closed: 'closed',
  declined: 'declined',
  expired: 'expired',
  cancelled: 'cancelled',
};

export const OUTCOME_WORDS: Record<OutcomeKind, string> = {
  met_helpful: 'met, and it helped',
  met_not_fit: 'met, not a fit',
  business_done: 'business done',
  not_met: 'did not meet',
  no_show: 'no-show',
};

/** How it went, as someone answered the follow-up (or told the connector). */
export const FOLLOW_UP_ANSWER_WORDS: Record<FollowUpAnswer, string> = {
  met_helpful: 'met, and it helped',
  met_not_fit: 'met, not a fit',
  not_yet: 'not met yet',
  no_contact: 'could not reach them',
};

export const ANSWER_WORDS: Record<Answer, string> = { yes: 'yes', later: 'not now', no: 'no' };

export const CHANNEL_WORDS: Record<Channel, string> = {
  email_link: 'their own link',
  phone: 'phone',
  in_person: 'in person',
  message: 'message',
  other: 'other',
};

/** An email's kind in words: "consent request", "follow up". */
export const mailKindWords = (kind: string): string => kind.replace(/_/g, ' ');

/** Where an email of the introduction is, as `intro show`, `intro send` and `outbox` print it. */
export const MAIL_STATUS_WORDS: Record<IntroductionDetail['emails'][number]['status'], string> = {
  queued: 'queued',
  sending: 'sending',
  retrying: 'waiting to retry',
  sent: 'sent',
  failed: 'failed',
  local: 'kept in the Outbox, no SMTP server',
};

export const KIND_WORDS: Record<IntroKind, string> = {
  seeker_provider: 'seeker → provider',
  peers: 'peers',
};

/** The event log's types; `proposed` is written by the service when the draft is made. */
const EVENT_WORDS: Record<LogEntry['type'] | 'proposed', string> = {
  proposed: 'proposed',
  requested: 'asked for consent',
  answered: 'answered',
  snoozed: 'snoozed',
  withdrawn: 'yes withdrawn',
  second_party_asked: 'second person asked',
  reminded: 'reminder sent',
  expired: 'expired',
  check_back_due: 'check-back due',
  reasked: 'asked again',
  reconfirm_requested: 'asked to reconfirm',
  ready: 'both said yes',
  introduced: 'introduced',
  follow_up_sent: 'follow-up sent',
  follow_up_answered: 'follow-up answered',
  outcome_recorded: 'outcome recorded',
  cancelled: 'cancelled',
  declined: 'declined',
  edited: 'edited',
};

const isEventType = (type: string): type is keyof typeof EVENT_WORDS => Object.hasOwn(EVENT_WORDS, type);

/** An event type in words; one these words do not know yet is shown with spaces for underscores. */
export const eventWords = (type: string): string =>
  isEventType(type) ? EVENT_WORDS[type] : type.replace(/_/g, ' ');

/** A state in a word or two, for tables. */
export const stateWord = (state: IntroState): string => state.replace(/_/g, ' ');

/** Case, spaces, hyphens, underscores and punctuation aside: "Met, and it helped" ~ "met-and-it-helped". */
const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The code an option's value names, by its code or its words; anything else is returned as given, so the
 * schema refuses it naming the option.
 */
export function codeFromWords<C extends string>(value: string, words: Record<C, string>): C | string;
export function codeFromWords<C extends string>(
  value: string | undefined,
  words: Record<C, string>,
): C | string | undefined;
export function codeFromWords<C extends string>(
  value: string | undefined,
  words: Record<C, string>,
): C | string | undefined {
  if (value === undefined) return undefined;
  const wanted = comparable(value);
  for (const [code, said] of Object.entries<string>(words)) {
    if (comparable(code) === wanted || comparable(said) === wanted) return code;
  }
  return value;
}

/** "a, b or c" of an option's accepted words, for its help. */
export function wordsHelp(words: Record<string, string>): string {
  const said = Object.values(words).map((w) => `"${w}"`);
  return `${said.slice(0, -1).join(', ')} or ${said.at(-1)}`;
}
