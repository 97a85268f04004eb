// People: list/search, read, create, update, delete, and the tags in use.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { ApiError, api } from './client';
import { nextPageParam } from './paging';
import type {
  BulkRequest,
  PeopleSort,
  PersonAlreadyKnown,
  PersonBody,
  PersonPatchBody,
  SortDirection,
} from './types';

export interface PeopleFilter {
  q?: string;
  tags?: string[];
  company?: string;
  /** A source's `key` from /api/v1/people/sources. */
  source?: string;
  hasOpenNeed?: boolean;
  inOpenIntroduction?: boolean;
}

export interface PeopleOrder {
  sort?: PeopleSort;
  direction?: SortDirection;
}

const yesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'true' : 'false');

/** The filter as the list's query and a bulk action's `filter` spell it. */
export function filterQuery(f: PeopleFilter) {
  return {
    q: f.q,
    tag: f.tags,
    company: f.company,
    source: f.source,
    hasOpenNeed: yesNo(f.hasOpenNeed),
    inOpenIntroduction: yesNo(f.inOpenIntroduction),
  } as const;
}

export const peopleKeys = {
  all: ['people'] as const,
  list: (f: PeopleFilter, o: PeopleOrder = {}) => ['people', 'list', f, o] as const,
  sources: ['people', 'sources'] as const,
  one: (id: string) => ['people', 'one', id] as const,
  tags: ['tags'] as const,
};

export const PEOPLE_PAGE_SIZE = 50;

export function usePeople(filter: PeopleFilter, order: PeopleOrder = {}) {
  return useInfiniteQuery({
    queryKey: peopleKeys.list(filter, order),
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/people', {
        query: {
          ...filterQuery(filter),
          sort: order.sort,
          direction: order.direction,
          limit: PEOPLE_PAGE_SIZE,
          cursor: pageParam,
        },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
    // Keep showing the previous results while a new search runs, instead of flashing an empty list.
    placeholderData: keepPreviousData,
  });
}

const personQuery = (id: string) => ({
  queryKey: peopleKeys.one(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => api.get('/api/v1/people/{id}', { path: { id }, signal }),
});

/** `deleted`: the page is leaving a person it just deleted, so their query must not fetch them again. */
export function usePerson(id: string, { deleted = false }: { deleted?: boolean } = {}) {
  return useQuery({ ...personQuery(id), enabled: id !== '' && !deleted });
}

/** Reads one person when it is needed (a click), from the cache if it is there. */
export function useFetchPerson() {
  const qc = useQueryClient();
  return (id: string) => qc.fetchQuery(personQuery(id));
}

export function useTags() {
  return useQuery({
    queryKey: peopleKeys.tags,
    queryFn: ({ signal }) => api.get('/api/v1/tags', { signal }),
    select: (data) => data.items,
    staleTime: 30_000,
  });
}

export function useCreatePerson() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonBody) => api.post('/api/v1/people', { body }),
    onSuccess: (person) => {
      qc.setQueryData(peopleKeys.one(person.id), person);
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
      void qc.invalidateQueries({ queryKey: peopleKeys.tags });
    },
  });
}

export function useUpdatePerson(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonPatchBody) => api.patch('/api/v1/people/{id}', { path: { id }, body }),
    onSuccess: (person) => {
      qc.setQueryData(peopleKeys.one(id), person);
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
      void qc.invalidateQueries({ queryKey: peopleKeys.tags });
    },
  });
}

/**
 * Deletes a person. Someone in introductions is only deleted with `cancelIntroductions` (the server
 * answers 409 with `impact`, the sentence saying what deleting does, until then).
 */
export function useDeletePerson(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (opts: { cancelIntroductions?: boolean } = {}) =>
      api.delete('/api/v1/people/{id}', {
        path: { id },
        query: opts.cancelIntroductions ? { introductions: 'cancel' } : {},
      }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: peopleKeys.one(id) });
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
      void qc.invalidateQueries({ queryKey: peopleKeys.tags });
    },
  });
}

export type KnownPerson = PersonAlreadyKnown['existing'][number];
const IDENTITY_FIELDS: readonly KnownPerson['matchedOn'][number][] = ['email', 'phone', 'linkedin'];

/** The people a refused new person's details belong to, when that is why adding was refused (409). */
export function alreadyKnownIn(error: unknown): KnownPerson[] | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const existing = error.extensions.existing;
  if (!Array.isArray(existing)) return null;
  const people: KnownPerson[] = [];
  for (const e of existing) {
    if (typeof e !== 'object' || e === null) return null;
    const { id, name, matchedOn } = e;
    if (typeof id !== 'string' || typeof name !== 'string' || !Array.isArray(matchedOn)) return null;
    people.push({ id, name, matchedOn: IDENTITY_FIELDS.filter((f) => matchedOn.includes(f)) });
  }
  return people.length ? people : null;
}

/** Where people came from (each import, by hand, the demo, the link), with counts. */
export function usePeopleSources() {
  return useQuery({
    queryKey: peopleKeys.sources,
    queryFn: ({ signal }) => api.get('/api/v1/people/sources', { signal }),
    select: (data) => data.items,
    staleTime: 30_000,
  });
}

/** Tags, untags, sets trust or deletes many people in one request; the answer carries its undo. */
export function useBulkPeople() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkRequest) => api.post('/api/v1/people/bulk', { body }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: peopleKeys.all });
      void qc.invalidateQueries({ queryKey: peopleKeys.tags });
    },
  });
}
