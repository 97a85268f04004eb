// Keep in touch: cadences per tag, the losing-touch view, and logging a contact "today" in one click.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { nextPageParam } from './paging';
import { childKey, refreshRelationships } from './person-children';
import type { BodyOf, InteractionType, ResponseOf } from './types';

export type TagCadence = ResponseOf<'/api/v1/keep-in-touch/tags'>['items'][number];
export type TagCadenceBody = BodyOf<'/api/v1/keep-in-touch/tags/{tag}', 'put'>;
export type LosingTouchEntry = ResponseOf<'/api/v1/keep-in-touch/losing-touch'>['items'][number];

export const keepInTouchKeys = {
  tags: ['keep-in-touch', 'tags'] as const,
  losing: ['keep-in-touch', 'losing'] as const,
};

export function useTagCadences() {
  return useQuery({
    queryKey: keepInTouchKeys.tags,
    queryFn: ({ signal }) => api.get('/api/v1/keep-in-touch/tags', { signal }),
    select: (data) => data.items,
  });
}

/** After a cadence changes, every person's keep-in-touch state may have too. */
function useRefreshKeepInTouch() {
  const qc = useQueryClient();
  return () => refreshRelationships(qc);
}

export function useSetTagCadence() {
  const refresh = useRefreshKeepInTouch();
  return useMutation({
    mutationFn: ({ tag, body }: { tag: string; body: TagCadenceBody }) =>
      api.put('/api/v1/keep-in-touch/tags/{tag}', { path: { tag }, body }),
    onSuccess: refresh,
  });
}

export function useRemoveTagCadence() {
  const refresh = useRefreshKeepInTouch();
  return useMutation({
    mutationFn: (tag: string) => api.delete('/api/v1/keep-in-touch/tags/{tag}', { path: { tag } }),
    onSuccess: refresh,
  });
}

export const LOSING_TOUCH_PAGE_SIZE = 50;

export function useLosingTouch() {
  return useInfiniteQuery({
    queryKey: keepInTouchKeys.losing,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/keep-in-touch/losing-touch', {
        query: { limit: LOSING_TOUCH_PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}

/** How a one-click contact is logged: a meeting goes both ways; the rest are the connector reaching out. */
const directionOf = (type: InteractionType) => (type === 'met' ? 'mutual' : 'outbound');

/** "Contacted today": the interactions endpoint with no date, which the server takes as now. */
export function useLogContact(personId: string) {
  const refresh = useRefreshKeepInTouch();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (type: InteractionType) =>
      api.post('/api/v1/people/{id}/interactions', {
        path: { id: personId },
        body: { type, direction: directionOf(type) },
      }),
    onSuccess: () => {
      refresh();
      void qc.invalidateQueries({ queryKey: childKey('interactions', personId) });
    },
  });
}
