// Offers across all of the account's people (GET /api/v1/offers): by tags, most shared first.
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { OfferStatus } from './types';

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
      api.get('/api/v1/offers', {
        query: { tag: search.tags, status: search.status, q: search.q, limit: search.limit },
        signal,
      }),
    enabled,
  });
}
