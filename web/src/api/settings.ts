// Instance settings (owner) and the account's API tokens.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { sessionKey } from './session';
import type { InstanceSettings } from './types';

const settingsKey = ['settings', 'instance'] as const;
const tokensKey = ['tokens'] as const;

export function useInstanceSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get('/api/v1/settings/instance', { signal }),
  });
}

export function useUpdateInstanceSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<InstanceSettings>) => api.patch('/api/v1/settings/instance', { body: patch }),
    // A switch should move when clicked; put it back if the server says no.
    onMutate: async (patch) => {
      await qc.cancelQueries({ queryKey: settingsKey });
      const before = qc.getQueryData<InstanceSettings>(settingsKey);
      if (before) qc.setQueryData(settingsKey, { ...before, ...patch });
      return { before };
    },
    onError: (_err, _patch, context) => {
      if (context?.before) qc.setQueryData(settingsKey, context.before);
    },
    onSuccess: (settings) => {
      qc.setQueryData(settingsKey, settings);
      void qc.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

export function useApiTokens() {
  return useQuery({
    queryKey: tokensKey,
    // The server lists every token in one page.
    queryFn: ({ signal }) => api.get('/api/v1/tokens', { signal }),
    select: (page) => page.items,
  });
}

export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post('/api/v1/tokens', { body: { name } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete('/api/v1/tokens/{id}', { path: { id } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: tokensKey }),
  });
}
