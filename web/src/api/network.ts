// The network picture: people and the introductions and referrals between them, narrowed by filters.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { QueryOf, ResponseOf } from './types';

export type NetworkGraph = ResponseOf<'/api/v1/network'>;
export type NetworkNode = NetworkGraph['nodes'][number];
export type NetworkEdge = NetworkGraph['edges'][number];
export type NetworkQuery = QueryOf<'/api/v1/network'>;
export type OutcomeFilter = NonNullable<NetworkEdge['outcome']> | 'none';
export type EdgeKind = NetworkEdge['kind'];

export function useNetwork(query: NetworkQuery) {
  return useQuery({
    queryKey: ['network', query],
    queryFn: ({ signal }) => api.get('/api/v1/network', { query, signal }),
    // While a filter changes, the picture stays until the new one arrives.
    placeholderData: keepPreviousData,
  });
}
