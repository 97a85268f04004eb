// What people in the network asked of the connector: introduction requests waiting for a decision, and
// "not yet" answers whose criteria have all come true. Pure: rows in, items out.
import { notYetMet } from '../../vouch/criteria';
import type { AgendaItemV2 } from '../schema';
import { nameOr } from './words';

export interface PendingRequestRow {
  id: string;
  requesterName: string;
  wantsToMeet: string;
  why: string;
  createdAt: Date;
}

const shorten = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function requestItem(r: PendingRequestRow): AgendaItemV2 {
  return {
    kind: 'request',
    key: `request:${r.id}`,
    summary: `${nameOr(r.requesterName, 'Someone')} asks to be introduced to ${shorten(r.wantsToMeet)}`,
    since: r.createdAt.toISOString(),
    urgency: 'due',
    people: [],
    requestId: r.id,
    note: shorten(r.why, 300),
    action: { kind: 'accept_request', label: 'Accept' },
  };
}

export interface NotYetRow {
  id: string;
  criteria: readonly string[];
  asked: string;
  person: {
    id: string;
    name: string;
    vouchCriteria: readonly { label: string; met: boolean }[];
    /** The person's last change: when the last criterion was ticked, at the latest. */
    updatedAt: Date;
  };
}

/** The item for a "not yet" answer once everything it waits for is met; none before. */
export function criteriaMetItem(r: NotYetRow): AgendaItemV2[] {
  if (!notYetMet(r.criteria, r.person.vouchCriteria)) return [];
  const name = nameOr(r.person.name, 'Someone');
  const what = r.asked ? ` asked for ${shorten(r.asked, 80)}:` : '';
  return [
    {
      kind: 'criteria_met',
      key: `criteria_met:${r.id}`,
      summary: `${name}${what} the criteria you asked for are all met now, so you could recommend them`,
      since: r.person.updatedAt.toISOString(),
      urgency: 'info',
      people: [{ id: r.person.id, name: r.person.name }],
      action: { kind: 'open_person', label: 'Open person', href: `/people/${r.person.id}` },
    },
  ];
}
