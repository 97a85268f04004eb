import type { DbOrTx } from '../db/client';
import { toNeed } from '../needs/service';
import { toOffer } from '../offers/service';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { SearchCursor, type SearchQuery, searchNeeds, searchOffers } from './repository';
import type { NeedWithPerson, OfferWithPerson } from './schema';

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
export async function findOffers(
  db: DbOrTx,
  accountId: string,
  p: SearchParams,
): Promise<{ items: OfferWithPerson[]; nextCursor: string | null }> {
  const { rows, next } = await searchOffers(db, accountId, searchQuery(p));
  return {
    items: rows.map((r) => ({ ...toOffer(r.row), person: r.person, sharedTags: r.shared })),
    nextCursor: next ? encodeCursor(next) : null,
  };
}

/** Needs across the account's people, most shared tags first, then most recently changed. */
export async function findNeeds(
  db: DbOrTx,
  accountId: string,
  p: SearchParams,
): Promise<{ items: NeedWithPerson[]; nextCursor: string | null }> {
  const { rows, next } = await searchNeeds(db, accountId, searchQuery(p));
  return {
    items: rows.map((r) => ({ ...toNeed(r.row), person: r.person, sharedTags: r.shared })),
    nextCursor: next ? encodeCursor(next) : null,
  };
}
