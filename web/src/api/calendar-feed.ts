// The secret calendar feed: whether it is on, making (or replacing) its URL, turning it off.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf } from './types';

export type CalendarFeedStatus = ResponseOf<'/api/v1/calendar-feed'>;
export type CalendarFeedCreated = ResponseOf<'/api/v1/calendar-feed', 'post'>;

const feedKey = ['calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: feedKey,
    queryFn: ({ signal }) => api.get('/api/v1/calendar-feed', { signal }),
  });
}

export function useCreateCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/v1/calendar-feed'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedKey }),
  });
}

export function useRevokeCalendarFeed() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/v1/calendar-feed'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedKey }),
  });
}
