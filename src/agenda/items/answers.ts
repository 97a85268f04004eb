// Answers the connector has not seen yet: every consent answer (yes, no, not now, a yes taken back) and
// every follow-up answer, whoever recorded it and however it came (an email link included), with the
// note the person wrote. Pure: answer rows in, items out; "Got it" removes them (acknowledgements).
import type { Channel, ConsentLogAnswer, FollowUpAnswer } from '../../domain/introduction/types';
import { calendarDayWords } from '../../domain/time/day-words';
import type { AgendaItemV2 } from '../schema';
import { byChannel, nameOr } from './words';

interface Ref {
  id: string;
  name: string;
}

/** One answer as Today reads it: from the consent log or from the follow-up outcomes. */
export type AnswerRow =
  | {
      source: 'consent';
      id: string;
      introductionId: string;
      at: Date;
      person: Ref;
      other: Ref;
      answer: ConsentLogAnswer;
      until: string | null;
      channel: Channel;
      note: string;
    }
  | {
      source: 'follow_up';
      id: string;
      introductionId: string;
      at: Date;
      person: Ref;
      other: Ref;
      answer: FollowUpAnswer;
      note: string;
    };

/** The stable key "Got it" acknowledges. */
export const answerKey = (row: Pick<AnswerRow, 'source' | 'id'>): string => `answer:${row.source}:${row.id}`;

const FOLLOW_UP: Record<FollowUpAnswer, (other: string) => string> = {
  met_helpful: (o) => `met ${o} and it helped`,
  met_not_fit: (o) => `met ${o}: not a fit`,
  not_yet: (o) => `has not met ${o} yet`,
  no_contact: (o) => `could not reach ${o}`,
};

function what(row: AnswerRow): string {
  const other = nameOr(row.other.name, 'the other person');
  if (row.source === 'follow_up') return FOLLOW_UP[row.answer](other);
  const how = byChannel(row.channel);
  switch (row.answer) {
    case 'yes':
      return `said yes to meeting ${other}${how}`;
    case 'no':
      return `said no to meeting ${other}${how}`;
    case 'later':
      return `said "not now" to meeting ${other}${how}${row.until ? `: ask again on ${calendarDayWords(row.until)}` : ''}`;
    case 'withdrawn':
      return `took back their yes to meeting ${other}${how}`;
  }
}

export function answerItem(row: AnswerRow): AgendaItemV2 {
  const note = row.note.trim();
  const summary = `${nameOr(row.person.name, 'Someone')} ${what(row)}${note ? `: “${note}”` : ''}`;
  return {
    kind: 'answer',
    key: answerKey(row),
    summary,
    since: row.at.toISOString(),
    urgency: 'due',
    people: [row.person, row.other],
    introductionId: row.introductionId,
    ...(note ? { note } : {}),
    action: { kind: 'acknowledge', label: 'Got it', href: `/introductions/${row.introductionId}` },
  };
}
