// Offers: what a person can give.
import { z } from 'zod';
import { Id, IsoDateTime, line, Tags, text } from '../shared/common-schema';

export const OfferStatus = z.enum(['active', 'paused', 'withdrawn']);

const editable = {
  text: line(1000).describe('What they can give'),
  tags: Tags,
  idealCounterpart: text(1000).describe('Who they most want to help, e.g. "seed-stage B2B founders"'),
  status: OfferStatus,
};
export const OfferInput = z
  .strictObject({
    ...editable,
    tags: Tags.default([]),
    idealCounterpart: editable.idealCounterpart.default(''),
    status: OfferStatus.default('active'),
  })
  .meta({ id: 'OfferInput' });
export type OfferInput = z.output<typeof OfferInput>;
export const OfferPatch = z.strictObject(editable).partial().meta({ id: 'OfferPatch' });
export type OfferPatch = z.output<typeof OfferPatch>;

export const Offer = z
  .object({
    id: Id,
    personId: Id,
    text: z.string(),
    tags: z.array(z.string()),
    idealCounterpart: z.string(),
    status: OfferStatus,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Offer' });
export type Offer = z.infer<typeof Offer>;
