// Needs (what a person is looking for) and offers (what they can give).
import { z } from 'zod';
import { Id, InputDate, IsoDateTime, line, Tags, text } from '../shared/common-schema';

export const Urgency = z.enum(['low', 'normal', 'high']);
export const NeedStatus = z.enum(['open', 'met', 'dropped']);
export const OfferStatus = z.enum(['active', 'paused', 'withdrawn']);

const needEditable = {
  text: line(1000).describe('What exactly they are looking for'),
  tags: Tags,
  urgency: Urgency,
  neededBy: InputDate.nullable().describe('When they need it by, if there is a date'),
  status: NeedStatus,
};
export const NeedInput = z
  .strictObject({
    ...needEditable,
    tags: Tags.default([]),
    urgency: Urgency.default('normal'),
    neededBy: needEditable.neededBy.default(null),
    status: NeedStatus.default('open'),
  })
  .meta({ id: 'NeedInput' });
export type NeedInput = z.output<typeof NeedInput>;
export const NeedPatch = z.strictObject(needEditable).partial().meta({ id: 'NeedPatch' });
export type NeedPatch = z.output<typeof NeedPatch>;

export const Need = z
  .object({
    id: Id,
    personId: Id,
    text: z.string(),
    tags: z.array(z.string()),
    urgency: Urgency,
    neededBy: z.string().nullable(),
    status: NeedStatus,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Need' });
export type Need = z.infer<typeof Need>;

const offerEditable = {
  text: line(1000).describe('What they can give'),
  tags: Tags,
  idealCounterpart: text(1000).describe('Who they most want to help, e.g. "seed-stage B2B founders"'),
  status: OfferStatus,
};
export const OfferInput = z
  .strictObject({
    ...offerEditable,
    tags: Tags.default([]),
    idealCounterpart: offerEditable.idealCounterpart.default(''),
    status: OfferStatus.default('active'),
  })
  .meta({ id: 'OfferInput' });
export type OfferInput = z.output<typeof OfferInput>;
export const OfferPatch = z.strictObject(offerEditable).partial().meta({ id: 'OfferPatch' });
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

/** Who a need or an offer belongs to, as search results show it. */
export const PersonSummary = z
  .object({ id: Id, name: z.string(), company: z.string(), title: z.string() })
  .meta({ id: 'PersonSummary' });

export const OfferWithPerson = Offer.extend({
  person: PersonSummary,
  sharedTags: z.number().int().describe('How many of the requested tags this offer has'),
}).meta({ id: 'OfferWithPerson' });
export type OfferWithPerson = z.infer<typeof OfferWithPerson>;

export const NeedWithPerson = Need.extend({
  person: PersonSummary,
  sharedTags: z.number().int().describe('How many of the requested tags this need has'),
}).meta({ id: 'NeedWithPerson' });
export type NeedWithPerson = z.infer<typeof NeedWithPerson>;

/** Free text of a search: words, each of which must appear. */
export const SearchWords = z.string().trim().max(200, { error: 'must be at most 200 characters' });
