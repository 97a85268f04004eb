// Today: one list of what needs the connector, most urgent first, each item with its one action.
// v0 CONTRACT (lead): the agenda engineer owns this file and may add fields; keep these.
import { z } from 'zod';
import { Id, IsoDateTime } from '../shared/common-schema';
import { AGENDA_KINDS } from './kinds';

const PersonRef = z.object({ id: Id, name: z.string() });

export const AgendaItemV2 = z
  .object({
    kind: z.enum(AGENDA_KINDS),
    /** Stable across requests: what "Got it" acknowledges, and the digest and the web page key on. */
    key: z.string(),
    summary: z.string(),
    /** When it became due (or happened, for answers). */
    since: IsoDateTime,
    /** overdue: past its limit; due: today; info: worth knowing. */
    urgency: z.enum(['overdue', 'due', 'info']),
    people: z.array(PersonRef),
    introductionId: Id.optional(),
    needId: Id.optional(),
    outboxId: Id.optional(),
    /** The item's one-click action. */
    action: z.object({ kind: z.string(), label: z.string() }),
  })
  .meta({ id: 'TodayItem' });
export type AgendaItemV2 = z.infer<typeof AgendaItemV2>;

export const Agenda = z
  .object({ asOf: IsoDateTime, timeZone: z.string(), items: z.array(AgendaItemV2) })
  .meta({ id: 'Agenda' });
export type Agenda = z.infer<typeof Agenda>;
