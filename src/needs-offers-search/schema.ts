// Searching needs and offers across all of an account's people: each result with the person it belongs
// to and how many of the requested tags it shares.
import { z } from 'zod';
import { Need } from '../needs/schema';
import { Offer } from '../offers/schema';
import { Id } from '../shared/common-schema';

/** Who a need or an offer belongs to, as search results show it. */
export const PersonSummary = z
  .object({ id: Id, name: z.string(), company: z.string(), title: z.string() })
  .meta({ id: 'PersonSummary' });
export type PersonSummary = z.infer<typeof PersonSummary>;

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
