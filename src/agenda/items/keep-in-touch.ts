// Keep-in-touch due and overdue, as the keep-in-touch feature computes them. Pure: entries in, items out.
import { localDate } from '../../domain/time/zoned';
import type { KeepInTouchEntry } from '../../keep-in-touch/due';
import type { AgendaItemV2 } from '../schema';
import { daysAgo } from './words';

export function keepInTouchItem(entry: KeepInTouchEntry, now: Date, timeZone: string): AgendaItemV2 {
  const at = entry.status === 'overdue' ? entry.overdueAt : entry.dueAt;
  const last = entry.lastContactAt
    ? `last contact ${daysAgo(entry.lastContactAt, now, timeZone)}`
    : 'no contact logged yet';
  return {
    kind: 'keep_in_touch',
    key: `keep_in_touch:${entry.person.id}:${entry.status}:${localDate(at, timeZone)}`,
    summary: `${entry.status === 'overdue' ? 'Overdue: get' : 'Get'} in touch with ${entry.person.name} (${last})`,
    since: at.toISOString(),
    dueDate: localDate(at, timeZone),
    urgency: entry.status === 'overdue' ? 'overdue' : 'due',
    people: [entry.person],
    action: { kind: 'log_contact', label: 'Log contact', href: `/people/${entry.person.id}` },
  };
}
