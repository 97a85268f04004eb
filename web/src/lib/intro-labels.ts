// Words and colours for the introduction API's enum values. Keyed by the schema's own types, so a value
// added on the server fails the type check here until it has a label.
import type {
  AnswerChannel,
  Channel,
  ConsentStatus,
  IntroKind,
  IntroState,
  OutboxStatus,
  OutcomeKind,
} from '../api/types';

export const stateLabels: Record<IntroState, string> = {
  draft: 'Draft',
  asking: 'Asking',
  snoozed: 'Snoozed',
  ready: 'Ready to send',
  introduced: 'Introduced',
  following_up: 'Following up',
  closed: 'Closed',
  declined: 'Declined',
  expired: 'Expired',
  cancelled: 'Cancelled',
};

export const stateColors: Record<IntroState, string> = {
  draft: 'gray',
  asking: 'blue',
  snoozed: 'yellow',
  ready: 'pine',
  introduced: 'teal',
  following_up: 'cyan',
  closed: 'dark',
  declined: 'red',
  expired: 'orange',
  cancelled: 'gray',
};

/** What each state means for the connector, in a sentence. */
export const stateHints: Record<IntroState, string> = {
  draft: 'Nobody has been asked yet. Review it, then start asking.',
  asking: 'Waiting for answers to the consent requests.',
  snoozed: 'Someone said “not now”; ask again on the date they named.',
  ready: 'Both said yes. Send the introduction when you are ready.',
  introduced: 'The introduction was sent. A follow-up goes out after a week.',
  following_up: 'Both were asked how it went. Record the outcome to close it.',
  closed: 'Done: the outcome is recorded.',
  declined: 'One of them said no. The other is never told who, or why.',
  expired: 'Nobody answered, even after a reminder.',
  cancelled: 'You cancelled it.',
};

/** The pipeline's columns, in the order an introduction moves through them. */
export const PIPELINE_STATES: IntroState[] = [
  'draft',
  'asking',
  'snoozed',
  'ready',
  'introduced',
  'following_up',
  'closed',
];
/** Ended without happening: collapsed unless asked for. */
export const ENDED_STATES: IntroState[] = ['declined', 'expired', 'cancelled'];

export const kindLabels: Record<IntroKind, string> = {
  seeker_provider: 'Seeker → provider',
  peers: 'Peers',
};

export const consentLabels: Record<ConsentStatus, string> = {
  not_asked: 'Not asked yet',
  asked: 'Asked, no answer yet',
  yes: 'Said yes',
  later: 'Not now',
  no: 'Said no',
};

export const consentColors: Record<ConsentStatus, string> = {
  not_asked: 'gray',
  asked: 'blue',
  yes: 'pine',
  later: 'yellow',
  no: 'red',
};

export const channelLabels: Record<Channel, string> = {
  email_link: 'Email link (their own click)',
  phone: 'Phone',
  in_person: 'In person',
  message: 'Message',
  other: 'Other',
};

export const connectorChannelLabels: Record<AnswerChannel, string> = {
  phone: 'Phone',
  in_person: 'In person',
  message: 'Message',
  other: 'Other',
};

export const outcomeLabels: Record<OutcomeKind, string> = {
  met_helpful: 'Met, and it helped',
  met_not_fit: 'Met, not a fit',
  business_done: 'Business done',
  not_met: 'Did not meet',
  no_show: 'No-show',
};

/** A recorded outcome in a few words, e.g. "Business done (2,500)" or "No-show: Bob Provider". */
export function outcomeSummary(
  outcome: { kind: OutcomeKind; value: number | null; noShowPersonId: string | null },
  people: { id: string; name: string }[],
): string {
  const label = outcomeLabels[outcome.kind];
  if (outcome.value !== null) return `${label} (${outcome.value.toLocaleString()})`;
  const missed = outcome.noShowPersonId && people.find((p) => p.id === outcome.noShowPersonId);
  return missed ? `${label}: ${missed.name}` : label;
}

export const followUpLabels: Record<'met_helpful' | 'met_not_fit' | 'not_yet' | 'no_contact', string> = {
  met_helpful: 'Met, and it helped',
  met_not_fit: 'Met, not a fit',
  not_yet: 'Not met yet',
  no_contact: 'Could not reach them',
};

export const outboxStatusLabels: Record<OutboxStatus, string> = {
  queued: 'Queued',
  sending: 'Sending',
  retrying: 'Retrying',
  sent: 'Sent',
  failed: 'Failed',
  local: 'Kept here',
};

export const outboxStatusColors: Record<OutboxStatus, string> = {
  queued: 'blue',
  sending: 'blue',
  retrying: 'orange',
  sent: 'pine',
  failed: 'red',
  local: 'gray',
};

const mailKindLabels: Record<string, string> = {
  consent_request: 'Consent request',
  reminder: 'Reminder',
  introduction: 'Introduction',
  follow_up: 'Follow-up',
  closing_note: 'Closing note',
};

/** The outbox's `kind` is free text on the server; known kinds get words, others show as written. */
export const mailKindLabel = (kind: string) => mailKindLabels[kind] ?? kind.replace(/_/g, ' ');

/** Event types are free text too: "second_party_asked" → "Second party asked". */
export function eventLabel(type: string): string {
  const words = type.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
