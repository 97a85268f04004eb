// What each open introduction asks of the connector today: ask again after a snooze, a reminder left
// unanswered, a stale yes to reconfirm, an introduction to send, a follow-up due, an outcome to record.
// Pure: the row, both names, the time, the zone and the timing policy in; items out. When something is
// due is the domain's rule (`timing.ts`); "today" is the account's local day.
import type { IntroductionRow } from '../../db/schema';
import {
  followUpDueAt,
  snoozedUntil,
  staleYesParties,
  type TimingPolicy,
  unansweredReminderAt,
  yesStaleAt,
} from '../../domain/introduction/timing';
import {
  type Consent,
  type FollowUpAnswer,
  otherParty,
  PARTIES,
  type Party,
} from '../../domain/introduction/types';
import { calendarDayWords } from '../../domain/time/day-words';
import { localDate, startOfLocalDate } from '../../domain/time/zoned';
import { consentFromJson } from '../../introductions/mapping';
import type { AgendaItemV2 } from '../schema';
import { daysAgo, nameOr } from './words';

/** What Today reads of an open introduction: its state, consents and dates, not its texts. */
export type OpenIntroductionRow = Pick<
  IntroductionRow,
  | 'id'
  | 'personAId'
  | 'personBId'
  | 'state'
  | 'consentA'
  | 'consentB'
  | 'introducedAt'
  | 'followUpSentAt'
  | 'followUpAnswers'
  | 'updatedAt'
> & {
  /** The note with each person's latest answer, where read (snoozed introductions): shown with a check-back. */
  notes?: Partial<Record<Party, string>>;
};

/** The introduction states in which something can be asked of the connector. */
export const INTRO_AGENDA_STATES = ['asking', 'snoozed', 'ready', 'introduced', 'following_up'] as const;

const FOLLOW_UP_WORDS: Record<FollowUpAnswer, string> = {
  met_helpful: 'met and it helped',
  met_not_fit: 'met, not a fit',
  not_yet: 'not met yet',
  no_contact: 'could not reach them',
};

interface Seen {
  row: OpenIntroductionRow;
  consent: Record<Party, Consent>;
  name: Record<Party, string>;
  ref: Record<Party, { id: string; name: string }>;
  now: Date;
  timeZone: string;
  today: string;
}

type Fields = Pick<AgendaItemV2, 'kind' | 'key' | 'summary' | 'since' | 'urgency' | 'action'> &
  Partial<Pick<AgendaItemV2, 'dueDate' | 'note'>>;

function item(seen: Seen, fields: Fields): AgendaItemV2 {
  return { ...fields, people: [seen.ref.a, seen.ref.b], introductionId: seen.row.id };
}

const page = (id: string) => `/introductions/${id}`;

/** Snoozed, and the earliest "ask me again" date is today or past in the account's zone. */
function checkBack(seen: Seen): AgendaItemV2[] {
  const until = snoozedUntil({ state: seen.row.state, consent: seen.consent });
  if (!until || until > seen.today) return [];
  const { a, b } = seen.name;
  const later = PARTIES.filter((p) => seen.consent[p].status === 'later');
  const whom =
    later.length === 2
      ? `${a} and ${b} again about meeting each other`
      : later[0] === 'b'
        ? `${b} again about meeting ${a}`
        : `${a} again about meeting ${b}`;
  // What they wrote with their "not now" ("ask me after the fund closes"), with whose it is when both did.
  const notes = later.flatMap((p) => {
    const note = seen.row.notes?.[p]?.trim() ?? '';
    if (!note) return [];
    return [later.length === 2 ? `${seen.name[p]}: ${note}` : note];
  });
  return [
    item(seen, {
      kind: 'check_back',
      key: `check_back:${seen.row.id}:${until}`,
      summary: `Ask ${whom}: they said "not now" until ${calendarDayWords(until)}`,
      since: startOfLocalDate(until, seen.timeZone).toISOString(),
      dueDate: until,
      urgency: until < seen.today ? 'overdue' : 'due',
      action: { kind: 'reask', label: 'Ask again' },
      ...(notes.length ? { note: notes.join('\n') } : {}),
    }),
  ];
}

/** Reminded and still no answer: one item per person. */
function waitingForAnswer(seen: Seen): AgendaItemV2[] {
  return PARTIES.flatMap((p) => {
    const reminded = unansweredReminderAt(seen.consent[p]);
    if (!reminded) return [];
    return [
      item(seen, {
        kind: 'waiting_for_answer',
        key: `waiting_for_answer:${seen.row.id}:${p}`,
        summary: `${seen.name[p]} has not answered the reminder about meeting ${seen.name[otherParty(p)]} (sent ${daysAgo(reminded, seen.now, seen.timeZone)})`,
        since: reminded.toISOString(),
        urgency: 'info',
        action: { kind: 'open_introduction', label: 'Open', href: page(seen.row.id) },
      }),
    ];
  });
}

/** Both said yes: send it, unless a yes is too old to introduce on, then reconfirm that one first. */
function readyOrReconfirm(seen: Seen, policy: TimingPolicy): AgendaItemV2[] {
  const stale = staleYesParties(
    { introducedAt: seen.row.introducedAt, consent: seen.consent },
    seen.now,
    policy,
  );
  if (stale.length === 0) {
    const { a, b } = seen.name;
    return [
      item(seen, {
        kind: 'ready_to_send',
        key: `ready_to_send:${seen.row.id}`,
        summary: `${a} and ${b} both said yes: review and send the introduction`,
        since: seen.row.updatedAt.toISOString(),
        urgency: 'due',
        action: { kind: 'review_send', label: 'Review and send', href: `${page(seen.row.id)}?review=send` },
      }),
    ];
  }
  return stale.flatMap((p) => {
    const c = seen.consent[p];
    const staleAt = yesStaleAt(c, policy);
    if (c.status !== 'yes' || !staleAt) return [];
    return [
      item(seen, {
        kind: 'reconfirm',
        key: `reconfirm:${seen.row.id}:${p}:${c.at.toISOString()}`,
        summary: `${seen.name[p]} said yes ${daysAgo(c.at, seen.now, seen.timeZone)} to meeting ${seen.name[otherParty(p)]}: reconfirm before you send?`,
        since: staleAt.toISOString(),
        urgency: 'due',
        action: { kind: 'reconfirm', label: `Ask ${seen.name[p]} again`, party: p },
      }),
    ];
  });
}

/** Introduced, and the follow-up day has come in the account's zone but it has not gone out. */
function followUp(seen: Seen, policy: TimingPolicy): AgendaItemV2[] {
  const due = followUpDueAt(seen.row, policy);
  if (!due || seen.row.followUpSentAt) return [];
  const dueDate = localDate(due, seen.timeZone);
  if (dueDate > seen.today) return [];
  const { a, b } = seen.name;
  return [
    item(seen, {
      kind: 'follow_up',
      key: `follow_up:${seen.row.id}`,
      summary: `Ask ${a} and ${b} how their introduction went: the follow-up ${dueDate < seen.today ? `was due on ${calendarDayWords(dueDate)}` : 'is due today'}`,
      since: due.toISOString(),
      dueDate,
      urgency: dueDate < seen.today ? 'overdue' : 'due',
      action: { kind: 'send_follow_up', label: 'Send the follow-up' },
    }),
  ];
}

/** The follow-up went out: record how it went, with whatever the people answered so far. */
function outcomeDue(seen: Seen): AgendaItemV2[] {
  const { row, name } = seen;
  const answers = PARTIES.flatMap((p) => {
    const x = row.followUpAnswers[p];
    return x ? [`${name[p]}: ${FOLLOW_UP_WORDS[x.answer]}`] : [];
  });
  const heard = answers.length ? answers.join('; ') : 'no answers to the follow-up yet';
  return [
    item(seen, {
      kind: 'outcome_due',
      key: `outcome_due:${row.id}`,
      summary: `How did the introduction of ${name.a} and ${name.b} go? Record the outcome (${heard})`,
      since: (row.followUpSentAt ?? row.updatedAt).toISOString(),
      urgency: 'due',
      action: { kind: 'record_outcome', label: 'Record outcome', href: page(row.id) },
    }),
  ];
}

/** What one open introduction asks of the connector as of `now`, in the account's `timeZone`. */
export function introductionItems(
  row: OpenIntroductionRow,
  names: ReadonlyMap<string, string>,
  now: Date,
  timeZone: string,
  policy: TimingPolicy,
  /** `now`'s local date in `timeZone`, when the caller knows it already (Today builds hundreds of rows). */
  today: string = localDate(now, timeZone),
): AgendaItemV2[] {
  const refA = { id: row.personAId, name: names.get(row.personAId) ?? '' };
  const refB = { id: row.personBId, name: names.get(row.personBId) ?? '' };
  const seen: Seen = {
    row,
    consent: { a: consentFromJson(row.consentA), b: consentFromJson(row.consentB) },
    name: { a: nameOr(refA.name, 'A'), b: nameOr(refB.name, 'B') },
    ref: { a: refA, b: refB },
    now,
    timeZone,
    today,
  };
  switch (row.state) {
    case 'snoozed':
      return checkBack(seen);
    case 'asking':
      return waitingForAnswer(seen);
    case 'ready':
      return readyOrReconfirm(seen, policy);
    case 'introduced':
      return followUp(seen, policy);
    case 'following_up':
      return outcomeDue(seen);
    default:
      return [];
  }
}
