// Introduction requests from the network: the public request link (on, new, off), the requests that came
// in, correcting one before deciding, accepting one into a draft and declining kindly; and "not yet"
// answers on a person.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { introKeys } from './introductions';
import { todayKey } from './today';
import type { BodyOf, ResponseOf } from './types';

export type IntroRequestDetail = ResponseOf<'/api/v1/intro-requests/{id}'>;
export type IntroRequestEdit = BodyOf<'/api/v1/intro-requests/{id}', 'patch'>;
export type NotYetAnswer = ResponseOf<'/api/v1/people/{id}/not-yet'>['items'][number];

const linkKey = ['intro-request-link'] as const;
const requestKeys = {
  all: ['intro-requests'] as const,
  one: (id: string) => ['intro-requests', id] as const,
};
const notYetKey = (personId: string) => ['people', personId, 'not-yet'] as const;

export function useRequestLink() {
  return useQuery({
    queryKey: linkKey,
    queryFn: ({ signal }) => api.get('/api/v1/intro-request-link', { signal }),
  });
}

export function useCreateRequestLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/v1/intro-request-link'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: linkKey }),
  });
}

export function useRevokeRequestLink() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/v1/intro-request-link'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: linkKey }),
  });
}

export function useIntroRequest(id: string, enabled = true) {
  return useQuery({
    queryKey: requestKeys.one(id),
    queryFn: ({ signal }) => api.get('/api/v1/intro-requests/{id}', { path: { id }, signal }),
    enabled,
  });
}

/** A correction answers the request as now read (whom it matches may change): the dialogs show it at once. */
export function useEditRequest() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: IntroRequestEdit }) =>
      api.patch('/api/v1/intro-requests/{id}', { path: { id }, body }),
    onSuccess: (detail) => {
      qc.setQueryData(requestKeys.one(detail.id), detail);
      void qc.invalidateQueries({ queryKey: todayKey });
      void qc.invalidateQueries({ queryKey: requestKeys.all, exact: true });
    },
  });
}

/** After a decision: Today, the requests and the introductions (a draft was made) are read again. */
function useAfterDecision() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: todayKey });
    void qc.invalidateQueries({ queryKey: requestKeys.all });
    void qc.invalidateQueries({ queryKey: introKeys.all });
    void qc.invalidateQueries({ queryKey: ['people'] });
  };
}

export function useAcceptRequest() {
  const refresh = useAfterDecision();
  return useMutation({
    mutationFn: ({
      id,
      personId,
      confirmUnvouched,
    }: {
      id: string;
      personId: string;
      confirmUnvouched: boolean;
    }) =>
      api.post('/api/v1/intro-requests/{id}/accept', {
        path: { id },
        body: { personId, confirmUnvouched },
      }),
    onSuccess: refresh,
  });
}

export function useDeclineRequest() {
  const refresh = useAfterDecision();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post('/api/v1/intro-requests/{id}/decline', { path: { id }, body: note.trim() ? { note } : {} }),
    onSuccess: refresh,
  });
}

export function useNotYet(personId: string) {
  return useQuery({
    queryKey: notYetKey(personId),
    queryFn: ({ signal }) => api.get('/api/v1/people/{id}/not-yet', { path: { id: personId }, signal }),
  });
}

export function useRecordNotYet(personId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { asked: string; criteria: string[] }) =>
      api.post('/api/v1/people/{id}/not-yet', { path: { id: personId }, body }),
    // The person's vouch criteria grew too.
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['people'] }),
  });
}
