// A person's needs, offers and interactions share one shape of API, so they share one set of hooks.
import { type QueryClient, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { nextPageParam, readAllPages } from './paging';
import type { BodyOf, ResponseOf } from './types';

/** Each kind's types, as its routes declare them. */
interface ChildKinds {
  needs: {
    item: ResponseOf<'/api/v1/people/{id}/needs'>['items'][number];
    body: BodyOf<'/api/v1/people/{id}/needs', 'post'>;
    patch: BodyOf<'/api/v1/needs/{id}', 'patch'>;
  };
  offers: {
    item: ResponseOf<'/api/v1/people/{id}/offers'>['items'][number];
    body: BodyOf<'/api/v1/people/{id}/offers', 'post'>;
    patch: BodyOf<'/api/v1/offers/{id}', 'patch'>;
  };
  interactions: {
    item: ResponseOf<'/api/v1/people/{id}/interactions'>['items'][number];
    body: BodyOf<'/api/v1/people/{id}/interactions', 'post'>;
    patch: BodyOf<'/api/v1/interactions/{id}', 'patch'>;
  };
}
export type ChildKind = keyof ChildKinds;

export const childKey = (kind: ChildKind, personId: string) => [kind, personId] as const;

const PAGE_SIZE = 100;

/** The calls of one kind, typed by its routes; a mapped type, so indexing it by a kind keeps that kind's types. */
type ChildApi = {
  [K in ChildKind]: {
    /** The page after `cursor`, or for a list shown whole, every item in one page. */
    page(
      personId: string,
      cursor: string | undefined,
      signal: AbortSignal,
    ): Promise<{ items: ChildKinds[K]['item'][]; nextCursor: string | null }>;
    create(personId: string, body: ChildKinds[K]['body']): Promise<ChildKinds[K]['item']>;
    update(id: string, patch: ChildKinds[K]['patch']): Promise<ChildKinds[K]['item']>;
    remove(id: string): Promise<undefined>;
  };
};

/** A list shown whole, as one page holding every item. */
async function wholeList<T>(
  readPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
) {
  return { items: await readAllPages(readPage), nextCursor: null };
}

// Needs and offers are shown grouped by status, not in the server's order, so a part of them would
// misplace items: all their pages are read. Interactions are shown newest first, as the server pages them,
// with a "Show older" button for the next page.
const childApi: ChildApi = {
  needs: {
    page: (personId, _cursor, signal) =>
      wholeList((cursor) =>
        api.get('/api/v1/people/{id}/needs', {
          path: { id: personId },
          query: { limit: PAGE_SIZE, cursor },
          signal,
        }),
      ),
    create: (personId, body) => api.post('/api/v1/people/{id}/needs', { path: { id: personId }, body }),
    update: (id, body) => api.patch('/api/v1/needs/{id}', { path: { id }, body }),
    remove: (id) => api.delete('/api/v1/needs/{id}', { path: { id } }),
  },
  offers: {
    page: (personId, _cursor, signal) =>
      wholeList((cursor) =>
        api.get('/api/v1/people/{id}/offers', {
          path: { id: personId },
          query: { limit: PAGE_SIZE, cursor },
          signal,
        }),
      ),
    create: (personId, body) => api.post('/api/v1/people/{id}/offers', { path: { id: personId }, body }),
    update: (id, body) => api.patch('/api/v1/offers/{id}', { path: { id }, body }),
    remove: (id) => api.delete('/api/v1/offers/{id}', { path: { id } }),
  },
  interactions: {
    page: (personId, cursor, signal) =>
      api.get('/api/v1/people/{id}/interactions', {
        path: { id: personId },
        query: { limit: PAGE_SIZE, cursor },
        signal,
      }),
    create: (personId, body) =>
      api.post('/api/v1/people/{id}/interactions', { path: { id: personId }, body }),
    update: (id, body) => api.patch('/api/v1/interactions/{id}', { path: { id }, body }),
    remove: (id) => api.delete('/api/v1/interactions/{id}', { path: { id } }),
  },
};

/** After a contact or a cadence changes: people's strength, last contact and keep-in-touch state, and Today. */
export function refreshRelationships(qc: QueryClient) {
  void qc.invalidateQueries({ queryKey: ['keep-in-touch'] });
  void qc.invalidateQueries({ queryKey: ['people'] });
  void qc.invalidateQueries({ queryKey: ['agenda'] });
}

export function useChildren<K extends ChildKind>(kind: K, personId: string) {
  const calls: ChildApi[K] = childApi[kind];
  return useInfiniteQuery({
    queryKey: childKey(kind, personId),
    queryFn: ({ pageParam, signal }) => calls.page(personId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}

/** Create, update and delete for one kind of a person's children; each refreshes that person's list. */
export function useChildMutations<K extends ChildKind>(kind: K, personId: string) {
  const qc = useQueryClient();
  const calls: ChildApi[K] = childApi[kind];
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: childKey(kind, personId) });
    // Needs and offers are part of what people search finds, and have searches of their own.
    void qc.invalidateQueries({ queryKey: ['people', 'list'] });
    void qc.invalidateQueries({ queryKey: [kind, 'search'] });
    // A changed need or offer is re-matched in the background: suggestions re-read and show "updating".
    if (kind !== 'interactions') void qc.invalidateQueries({ queryKey: ['suggestions'] });
    // An interaction is a contact: the person's header (strength, last contact) reads it too.
    else refreshRelationships(qc);
  };
  const create = useMutation({
    mutationFn: (body: ChildKinds[K]['body']) => calls.create(personId, body),
    onSuccess: refresh,
  });
  const update = useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ChildKinds[K]['patch'] }) => calls.update(id, patch),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (id: string) => calls.remove(id),
    onSuccess: refresh,
  });
  return { create, update, remove };
}
