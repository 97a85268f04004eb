// The outbox (every email Linchpin wrote) and how mail leaves this instance.
import { skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { nextPageParam } from './paging';

export function useOutbox() {
  return useInfiniteQuery({
    queryKey: ['outbox', 'list'],
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/outbox', { query: { limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
    // Answers given from the links (in another tab or browser) write new messages: keep the list current.
    refetchOnWindowFocus: true,
    refetchInterval: 15_000,
  });
}

export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: ['outbox', 'one', id],
    queryFn:
      id === null ? skipToken : ({ signal }) => api.get('/api/v1/outbox/{id}', { path: { id }, signal }),
  });
}

export function useMailStatus() {
  return useQuery({
    queryKey: ['outbox', 'status'],
    queryFn: ({ signal }) => api.get('/api/v1/mail/status', { signal }),
    staleTime: 30_000,
  });
}

/**
 * Send a message again to the recipients' current addresses: a failed one as it was, one some recipients
 * refused to them alone (a new message). The outbox, the agenda and introductions show the change.
 */
export function useResend() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/v1/outbox/{id}/resend', { path: { id } }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['outbox'] });
      void qc.invalidateQueries({ queryKey: ['introductions'] });
    },
  });
}
