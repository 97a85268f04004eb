// The network picture: people and the introductions and referrals between them, narrowed by filters.
import { keepPreviousData, type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { QueryOf, ResponseOf } from './types';

export type NetworkGraph = ResponseOf<'/api/v1/network'>;
export type NetworkNode = NetworkGraph['nodes'][number];
export type NetworkEdge = NetworkGraph['edges'][number];
export type NetworkQuery = QueryOf<'/api/v1/network'>;
export type OutcomeFilter = NonNullable<NetworkEdge['outcome']> | 'none';
export type EdgeKind = NetworkEdge['kind'];

const networkQueryOptions = (query: NetworkQuery) => ({
  queryKey: ['network', query],
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/v1/network', { query, signal }),
});

/**
 * An answer this fresh is not asked for again when the page mounts: the one the app shell prefetched
 * (`prefetchNetwork`) while the page's code was still loading.
 */
const PREFETCH_FRESH_MS = 5_000;

export function useNetwork(query: NetworkQuery) {
  return useQuery({
    ...networkQueryOptions(query),
    staleTime: PREFETCH_FRESH_MS,
    // While a filter changes, the picture stays until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

/**
 * Starts fetching the unfiltered picture (what /network shows first) when the app opens on /network, so the
 * 2.7 MB answer for 5,000 people is on its way while the page's code loads and renders (bench/README.md,
 * "Network picture", third pass).
 */
export function prefetchNetwork(client: QueryClient, path: string) {
  if (path === '/network') void client.prefetchQuery(networkQueryOptions({}));
}
