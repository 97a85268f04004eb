// Possible duplicates: the pairs, "not the same person", and merging one person into another.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import type { Conflict, DuplicatePair, MergeBody, Page, Person } from './types';

/**
 * What a merge answers. The server defines this schema inside src/duplicates/routes.ts rather than its
 * schema.ts, so it cannot be inferred here; these are its fields.
 */
export interface MergeResult {
  person: Person;
  moved: Record<string, number>;
  conflicts: Conflict[];
}

const key = ['duplicates'] as const;

export function useDuplicates() {
  return useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) =>
      request<Page<DuplicatePair>>('GET', '/api/v1/duplicates', {
        query: { limit: 20, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useDismissDuplicate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (personIds: [string, string]) =>
      request<void>('POST', '/api/v1/duplicates/dismiss', { body: { personIds } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: key }),
  });
}

export function useMergePeople() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ survivorId, body }: { survivorId: string; body: MergeBody }) =>
      request<MergeResult>('POST', `/api/v1/people/${encodeURIComponent(survivorId)}/merge`, { body }),
    onSuccess: (result, { body }) => {
      qc.removeQueries({ queryKey: ['people', 'one', body.otherId] });
      qc.setQueryData(['people', 'one', result.person.id], result.person);
      void qc.invalidateQueries({ queryKey: key });
      void qc.invalidateQueries({ queryKey: ['people', 'list'] });
      void qc.invalidateQueries({ queryKey: ['tags'] });
      void qc.invalidateQueries({ queryKey: ['introductions'] });
    },
  });
}
