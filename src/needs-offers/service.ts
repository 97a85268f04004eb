import { needsRepository, offersRepository } from '../db/person-child-repository';
import type { NeedRow, OfferRow } from '../db/schema';
import { personChildService, reindexOwner } from '../people/child-service';
import type { Need, NeedInput, NeedPatch, Offer, OfferInput, OfferPatch } from './schema';

export function toNeed(row: NeedRow): Need {
  return {
    id: row.id,
    personId: row.personId,
    text: row.text,
    tags: row.tags,
    urgency: row.urgency,
    neededBy: row.neededBy,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toOffer(row: OfferRow): Offer {
  return {
    id: row.id,
    personId: row.personId,
    text: row.text,
    tags: row.tags,
    idealCounterpart: row.idealCounterpart,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const needs = personChildService<NeedRow, NeedInput, NeedPatch, Need>({
  noun: 'Need',
  repo: needsRepository,
  toApi: toNeed,
  toValues: (input, now) => ({ ...input, createdAt: now, updatedAt: now }),
  toPatchValues: (patch, now) => ({ ...patch, updatedAt: now }),
  afterChange: reindexOwner,
});

export const offers = personChildService<OfferRow, OfferInput, OfferPatch, Offer>({
  noun: 'Offer',
  repo: offersRepository,
  toApi: toOffer,
  toValues: (input, now) => ({ ...input, createdAt: now, updatedAt: now }),
  toPatchValues: (patch, now) => ({ ...patch, updatedAt: now }),
  afterChange: reindexOwner,
});
