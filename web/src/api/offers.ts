// Offers across all of the account's people (GET /api/v1/offers): by tags, most shared first.
import { useQuery } from '@tanstack/react-query';
import { request } from './client';
import type { OfferStatus, OfferWithPerson, Page } from './types';

export interface OfferSearch {
  tags: string[];
  status?: OfferStatus;
  q?: string;
  limit?: number;
}

export function useOfferSearch(search: OfferSearch, enabled = true) {
  return useQuery({
    queryKey: ['offers', 'search', search],
    queryFn: ({ signal }) =>
      request<Page<OfferWithPerson>>('GET', '/api/v1/offers', {
        query: { tag: search.tags, status: search.status, q: search.q, limit: search.limit },
        signal,
      }),
    enabled,
  });
}
