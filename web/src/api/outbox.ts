// The outbox (every email Linchpin wrote) and how mail leaves this instance.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { request } from './client';
import type { MailStatus, OutboxMessage, Page } from './types';

export function useOutbox() {
  return useInfiniteQuery({
    queryKey: ['outbox', 'list'],
    queryFn: ({ pageParam, signal }) =>
      request<Page<OutboxMessage>>('GET', '/api/v1/outbox', {
        query: { limit: 50, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    // Answers given from the links (in another tab or browser) write new messages: keep the list current.
    refetchOnWindowFocus: true,
    refetchInterval: 15_000,
  });
}

export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: ['outbox', 'one', id],
    queryFn: ({ signal }) =>
      request<OutboxMessage>('GET', `/api/v1/outbox/${encodeURIComponent(id!)}`, { signal }),
    enabled: id !== null,
  });
}

export function useMailStatus() {
  return useQuery({
    queryKey: ['outbox', 'status'],
    queryFn: ({ signal }) => request<MailStatus>('GET', '/api/v1/mail/status', { signal }),
    staleTime: 30_000,
  });
}
