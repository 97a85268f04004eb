// Today (GET /api/v1/agenda) and the one-click actions of its items. Every action re-reads Today, so the
// item done leaves the list; the introductions' own actions refresh it too (its key sits under theirs).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { introKeys } from './introductions';
import type { components } from './openapi.gen';
import type { InteractionType } from './types';

export type TodayItem = components['schemas']['TodayItem'];
export type TodayKind = TodayItem['kind'];
export type TodayUrgency = TodayItem['urgency'];

/** Under the introductions' agenda key: whatever refreshes their agenda refreshes Today. */
export const todayKey = [...introKeys.agenda, 'today'] as const;

export function useToday() {
  return useQuery({
    queryKey: todayKey,
    queryFn: ({ signal }) => api.get('/api/v1/agenda', { signal }),
    // Answers arrive from people's own browsers: coming back to the tab shows them.
    refetchOnWindowFocus: true,
  });
}

/** After an action from Today: Today and whatever else shows the same thing are read again. */
function useRefreshAfter(...also: (readonly string[])[]) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: todayKey });
    for (const key of also) void qc.invalidateQueries({ queryKey: key });
  };
}

export function useAcknowledge() {
  const refresh = useRefreshAfter();
  return useMutation({
    mutationFn: (keys: string[]) => api.post('/api/v1/agenda/acknowledgements', { body: { keys } }),
    onSuccess: refresh,
  });
}

export function useSendFollowUp() {
  const refresh = useRefreshAfter(introKeys.all, ['outbox']);
  return useMutation({
    mutationFn: (id: string) =>
      api.post('/api/v1/introductions/{id}/follow-up', { path: { id }, body: { early: true } }),
    onSuccess: refresh,
  });
}

export function useLogContact() {
  const refresh = useRefreshAfter(['people'], ['interactions']);
  return useMutation({
    mutationFn: ({ personId, type }: { personId: string; type: InteractionType }) =>
      api.post('/api/v1/people/{id}/interactions', {
        path: { id: personId },
        body: { type, direction: 'mutual', note: '' },
      }),
    onSuccess: refresh,
  });
}

export function useMarkNeedMet() {
  const refresh = useRefreshAfter(['people'], ['needs'], ['suggestions']);
  return useMutation({
    mutationFn: (id: string) => api.patch('/api/v1/needs/{id}', { path: { id }, body: { status: 'met' } }),
    onSuccess: refresh,
  });
}
