// A person's needs, offers and interactions share one shape of API, so they share one set of hooks.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import type {
  Interaction,
  InteractionBody,
  InteractionPatchBody,
  Need,
  NeedBody,
  NeedPatchBody,
  Offer,
  OfferBody,
  OfferPatchBody,
  Page,
} from './types';

interface ChildKinds {
  needs: { item: Need; body: NeedBody; patch: NeedPatchBody };
  offers: { item: Offer; body: OfferBody; patch: OfferPatchBody };
  interactions: { item: Interaction; body: InteractionBody; patch: InteractionPatchBody };
}
export type ChildKind = keyof ChildKinds;

export const childKey = (kind: ChildKind, personId: string) => [kind, personId] as const;

export function useChildren<K extends ChildKind>(kind: K, personId: string) {
  return useInfiniteQuery({
    queryKey: childKey(kind, personId),
    queryFn: ({ pageParam, signal }) =>
      request<Page<ChildKinds[K]['item']>>('GET', `/api/v1/people/${encodeURIComponent(personId)}/${kind}`, {
        query: { limit: 100, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Create, update and delete for one kind of a person's children; each refreshes that person's list. */
export function useChildMutations<K extends ChildKind>(kind: K, personId: string) {
  const qc = useQueryClient();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: childKey(kind, personId) });
    // Needs and offers are part of what people search finds, and have searches of their own.
    void qc.invalidateQueries({ queryKey: ['people', 'list'] });
    void qc.invalidateQueries({ queryKey: [kind, 'search'] });
  };
  const create = useMutation({
    mutationFn: (body: ChildKinds[K]['body']) =>
      request<ChildKinds[K]['item']>('POST', `/api/v1/people/${encodeURIComponent(personId)}/${kind}`, {
        body,
      }),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ChildKinds[K]['patch'] }) =>
      request<ChildKinds[K]['item']>('PATCH', `/api/v1/${kind}/${encodeURIComponent(id)}`, { body: patch }),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => request<void>('DELETE', `/api/v1/${kind}/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
  return { create, update, remove };
}
