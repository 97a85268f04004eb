// Today: one list of what needs the connector, most urgent first, each item with its one action.
import { z } from 'zod';
import { Id, IsoDateTime } from '../shared/common-schema';
import { AGENDA_ACTIONS, AGENDA_KINDS, AGENDA_URGENCIES } from './kinds';

const PersonRef = z.object({ id: Id, name: z.string() });

export const AgendaAction = z
  .object({
    kind: z.enum(AGENDA_ACTIONS),
    label: z.string(),
    /** reconfirm: whose yes to ask again about. */
    party: z.enum(['a', 'b']).optional(),
    /** Where the web app opens the item (for links and "open" actions). */
    href: z.string().optional(),
  })
  .meta({ id: 'TodayAction' });
export type AgendaAction = z.infer<typeof AgendaAction>;

export const AgendaItemV2 = z
  .object({
    kind: z.enum(AGENDA_KINDS),
    /** Stable across requests: what "Got it" acknowledges, and the digest and the web page key on. */
    key: z.string(),
    summary: z.string(),
    /** When it became due (or happened, for answers). */
    since: IsoDateTime,
    /** The local calendar day it is due on (account time zone), when it has one. */
    dueDate: z.iso.date().optional(),
    /** overdue: past its limit; due: today; info: worth knowing. */
    urgency: z.enum(AGENDA_URGENCIES),
    people: z.array(PersonRef),
    introductionId: Id.optional(),
    needId: Id.optional(),
    outboxId: Id.optional(),
    /** request: the introduction request to accept or decline. */
    requestId: Id.optional(),
    /** answer: what the person wrote with their answer ("Tuesdays are best"); check_back: with their "not now". */
    note: z.string().optional(),
    /** suggestion: what `POST /api/v1/suggestions/draft` takes. */
    suggestion: z.object({ needId: Id, providerId: Id, offerId: Id.nullable() }).optional(),
    /** The item's one-click action. */
    action: AgendaAction,
  })
  .meta({ id: 'TodayItem' });
export type AgendaItemV2 = z.infer<typeof AgendaItemV2>;

export const Agenda = z
  .object({
    asOf: IsoDateTime,
    timeZone: z.string().describe('The account time zone "today" and every due day is read in'),
    items: z.array(AgendaItemV2).describe('Most urgent first'),
  })
  .meta({ id: 'Agenda' });
export type Agenda = z.infer<typeof Agenda>;

export const AcknowledgeInput = z
  .strictObject({
    keys: z.array(z.string().min(1).max(200)).min(1).max(500).describe('Item keys, as Today gave them'),
  })
  .meta({ id: 'AgendaAcknowledgeInput' });
export type AcknowledgeInput = z.infer<typeof AcknowledgeInput>;
