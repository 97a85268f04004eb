import { z } from 'zod';
import type { DbOrTx } from '../db/client';
import { needsRepository, offersRepository } from '../db/person-child-repository';
import type { NeedRow, OfferRow } from '../db/schema';
import { personChildService, reindexOwner } from '../people/child-service';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { type SearchQuery, searchNeeds, searchOffers } from './repository';
import type {
  Need,
  NeedInput,
  NeedPatch,
  NeedWithPerson,
  Offer,
  OfferInput,
  OfferPatch,
  OfferWithPerson,
} from './schema';

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

const SearchCursor = z.object({ shared: z.number().int().min(0), at: z.iso.datetime(), id: z.uuid() });

export interface SearchParams {
  tag?: string[];
  status?: string[];
  q?: string;
  limit?: number;
  cursor?: string;
}

function searchQuery(p: SearchParams): SearchQuery {
  return {
    tags: p.tag ?? [],
    statuses: p.status ?? [],
    words: (p.q ?? '').split(/\s+/).filter(Boolean).slice(0, 10),
    limit: p.limit ?? 50,
    after: decodeCursor(p.cursor, SearchCursor),
  };
}

/** Offers across the account's people, most shared tags first, then most recently changed. */
export async function findOffers(db: DbOrTx, accountId: string, p: SearchParams) {
  const { rows, next } = await searchOffers(db, accountId, searchQuery(p));
  return {
    items: rows.map((r): OfferWithPerson => ({ ...toOffer(r.row), person: r.person, sharedTags: r.shared })),
    nextCursor: next ? encodeCursor(next) : null,
  };
}

/** Needs across the account's people, most shared tags first, then most recently changed. */
export async function findNeeds(db: DbOrTx, accountId: string, p: SearchParams) {
  const { rows, next } = await searchNeeds(db, accountId, searchQuery(p));
  return {
    items: rows.map((r): NeedWithPerson => ({ ...toNeed(r.row), person: r.person, sharedTags: r.shared })),
    nextCursor: next ? encodeCursor(next) : null,
  };
}
