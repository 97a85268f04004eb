// Interactions: dated touchpoints that make a relationship stronger.
import { z } from 'zod';
import { INTERACTION_TYPES } from '../domain/interaction/types';
import { DATE_RANGE_ERROR, Id, IsoDateTime, inDateRange, text } from '../shared/common-schema';

export const InteractionType = z.enum(INTERACTION_TYPES);
export type InteractionType = z.infer<typeof InteractionType>;
export const Direction = z.enum(['outbound', 'inbound', 'mutual']);

/** Accepts a date (YYYY-MM-DD, taken as noon UTC) or a full ISO date-time. */
export const OccurredAt = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
  })
  .refine(inDateRange, { error: DATE_RANGE_ERROR })
  .transform((s) => (s.length === 10 ? `${s}T12:00:00.000Z` : new Date(s).toISOString()));

const editable = {
  type: InteractionType,
  direction: Direction,
  occurredAt: OccurredAt,
  note: text(5000),
};
export const InteractionInput = z
  .strictObject({
    ...editable,
    direction: Direction.default('mutual'),
    occurredAt: OccurredAt.optional().describe('Defaults to now'),
    note: editable.note.default(''),
  })
  .meta({ id: 'InteractionInput' });
export type InteractionInput = z.output<typeof InteractionInput>;
export const InteractionPatch = z.strictObject(editable).partial().meta({ id: 'InteractionPatch' });
export type InteractionPatch = z.output<typeof InteractionPatch>;

export const Interaction = z
  .object({
    id: Id,
    personId: Id,
    type: InteractionType,
    direction: Direction,
    occurredAt: IsoDateTime,
    note: z.string(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Interaction' });
export type Interaction = z.infer<typeof Interaction>;
