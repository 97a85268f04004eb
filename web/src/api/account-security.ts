// Your password and where you are signed in.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { BodyOf, ResponseOf } from './types';

const sessionsKey = ['account', 'sessions'] as const;

export type PasswordChangeBody = BodyOf<'/api/v1/account/password', 'post'>;
export type SessionView = ResponseOf<'/api/v1/account/sessions'>['items'][number];

export function useChangePassword() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordChangeBody) => api.post('/api/v1/account/password', { body }),
    // The server ended the other sessions.
    onSuccess: () => void qc.invalidateQueries({ queryKey: sessionsKey }),
  });
}

export function useAccountSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: ({ signal }) => api.get('/api/v1/account/sessions', { signal }),
    select: (page) => page.items,
  });
}

export function useSignOutOtherSessions() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/v1/account/sessions/sign-out-others', {}),
    onSuccess: () => void qc.invalidateQueries({ queryKey: sessionsKey }),
  });
}
