// The agenda: what each open introduction asks of the connector today. Pure: rows and names in, items
// out; when something is due is the domain's timing rule (`timing.ts`), not decided here.
import type { IntroductionRow } from '../db/schema';
import { dateOf, isSnoozeOver, snoozeEndsAt, unansweredReminderAt } from '../domain/introduction/timing';
import {
  type Consent,
  type FollowUpAnswer,
  type IntroState,
  otherParty,
  PARTIES,
  type Party,
} from '../domain/introduction/types';
import { consentFromJson } from './mapping';
import type { AgendaItem } from './schema';

/** The states in which an introduction can need the connector. */
export const AGENDA_STATES: IntroState[] = ['snoozed', 'ready', 'following_up', 'asking'];

const FOLLOW_UP_WORDS: Record<FollowUpAnswer, string> = {
  met_helpful: 'met and it helped',
  met_not_fit: 'met, not a fit',
  not_yet: 'not met yet',
  no_contact: 'could not reach them',
};

/** One row as the agenda reads it: its consent in domain terms and both people's names. */
interface Seen {
  row: IntroductionRow;
  consent: Record<Party, Consent>;
  /** Names as written in summaries ("A"/"B" when unknown). */
  name: Record<Party, string>;
  /** Names as the item's person references carry them (empty when unknown). */
  ref: Record<Party, string>;
}

function item(seen: Seen, kind: AgendaItem['kind'], since: Date, summary: string): AgendaItem {
  const { row, ref } = seen;
  return {
    kind,
    introductionId: row.id,
    personA: { id: row.personAId, name: ref.a },
    personB: { id: row.personBId, name: ref.b },
    state: row.state,
    since: since.toISOString(),
    summary,
  };
}

/** Snoozed, and the earliest "ask me again" date has come: ask whoever said "not now". */
function askAgain(seen: Seen, now: Date): AgendaItem[] {
  const intro = { state: seen.row.state, consent: seen.consent };
  const ends = snoozeEndsAt(intro);
  if (!ends || !isSnoozeOver(intro, now)) return [];
  const { a, b } = seen.name;
  const later = PARTIES.filter((p) => seen.consent[p].status === 'later');
  const whom =
    later.length === 2
      ? `${a} and ${b} again about meeting each other`
      : later[0] === 'a'
        ? `${a} again about meeting ${b}`
        : `${b} again about meeting ${a}`;
  return [item(seen, 'ask_again', ends, `Ask ${whom}; they said "not now" until ${dateOf(ends)}`)];
}

/** Both said yes: the introduction is the connector's to send. */
function readyToSend(seen: Seen): AgendaItem[] {
  const { a, b } = seen.name;
  return [
    item(seen, 'ready_to_send', seen.row.updatedAt, `${a} and ${b} both said yes: send the introduction`),
  ];
}

/** The follow-up went out: record how it went, with whatever the people answered so far. */
function recordOutcome(seen: Seen): AgendaItem[] {
  const { row, name } = seen;
  const answers = PARTIES.flatMap((p) => {
    const x = row.followUpAnswers[p];
    return x ? [`${name[p]}: ${FOLLOW_UP_WORDS[x.answer]}`] : [];
  });
  const heard = answers.length ? answers.join('; ') : 'No answers to the follow-up yet';
  return [
    item(
      seen,
      'record_outcome',
      row.followUpSentAt ?? row.updatedAt,
      `How did ${name.a} and ${name.b} go? ${heard}`,
    ),
  ];
}

/** Someone was reminded and still has not answered: one item per person. */
function waitingForAnswer(seen: Seen): AgendaItem[] {
  return PARTIES.flatMap((p) => {
    const reminded = unansweredReminderAt(seen.consent[p]);
    if (!reminded) return [];
    const other = seen.name[otherParty(p)];
    return [
      item(
        seen,
        'waiting_for_answer',
        reminded,
        `${seen.name[p]} has not answered the reminder about meeting ${other}`,
      ),
    ];
  });
}

/** What one introduction asks of the connector as of `now` (nothing, one item, or one per person). */
export function agendaItemsFor(row: IntroductionRow, names: Map<string, string>, now: Date): AgendaItem[] {
  const seen: Seen = {
    row,
    consent: { a: consentFromJson(row.consentA), b: consentFromJson(row.consentB) },
    name: { a: names.get(row.personAId) ?? 'A', b: names.get(row.personBId) ?? 'B' },
    ref: { a: names.get(row.personAId) ?? '', b: names.get(row.personBId) ?? '' },
  };
  switch (row.state) {
    case 'snoozed':
      return askAgain(seen, now);
    case 'ready':
      return readyToSend(seen);
    case 'following_up':
      return recordOutcome(seen);
    case 'asking':
      return waitingForAnswer(seen);
    default:
      return [];
  }
}

/** The agenda in the order things became due. */
export function agendaOf(rows: IntroductionRow[], names: Map<string, string>, now: Date): AgendaItem[] {
  return rows
    .flatMap((row) => agendaItemsFor(row, names, now))
    .sort((x, y) => x.since.localeCompare(y.since));
}
