// Possible duplicates: the pairs, "not the same person", and merging one person into another.
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { nextPageParam } from './paging';
import type { MergeBody } from './types';

const key = ['duplicates'] as const;

export function useDuplicates() {
  return useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/duplicates', { query: { limit: 20, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}

export function useDismissDuplicate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (personIds: [string, string]) =>
      api.post('/api/v1/duplicates/dismiss', { body: { personIds } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: key }),
  });
}

export function useMergePeople() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ survivorId, body }: { survivorId: string; body: MergeBody }) =>
      api.post('/api/v1/people/{id}/merge', { path: { id: survivorId }, body }),
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
