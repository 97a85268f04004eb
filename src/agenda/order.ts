// Today's order, in one place: by kind (`AGENDA_KINDS` lists them most urgent first), then overdue before
// due before info, then oldest first, then by key so equal items never swap between requests.
import { AGENDA_URGENCIES, kindRank } from './kinds';
import type { AgendaItemV2 } from './schema';

const urgencyRank = (u: AgendaItemV2['urgency']) => AGENDA_URGENCIES.indexOf(u);

export function byUrgency(x: AgendaItemV2, y: AgendaItemV2): number {
  return (
    kindRank(x.kind) - kindRank(y.kind) ||
    urgencyRank(x.urgency) - urgencyRank(y.urgency) ||
    x.since.localeCompare(y.since) ||
    x.key.localeCompare(y.key)
  );
}

export const sortAgenda = (items: readonly AgendaItemV2[]): AgendaItemV2[] => [...items].sort(byUrgency);
