// The referral ledger: referrals given and received, a person's two histories, who helped recently, and
// what each person valued.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { nextPageParam } from './paging';
import type { BodyOf, QueryOf, ResponseOf } from './types';

export type Referral = ResponseOf<'/api/v1/referrals/{id}'>;
export type ReferralBody = BodyOf<'/api/v1/referrals', 'post'>;
export type ReferralPatchBody = BodyOf<'/api/v1/referrals/{id}', 'patch'>;
export type ReferralFilters = Pick<QueryOf<'/api/v1/referrals'>, 'direction' | 'status' | 'person'>;
export type HelpBackEntry = ResponseOf<'/api/v1/referrals/help-back'>['items'][number];
export type PersonReferrals = ResponseOf<'/api/v1/people/{id}/referrals'>;
export type PersonValues = ResponseOf<'/api/v1/people/{id}/values'>;

const PAGE_SIZE = 50;

export function useReferrals(filters: ReferralFilters) {
  return useInfiniteQuery({
    queryKey: ['referrals', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/v1/referrals', { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  });
}

export function useHelpBack() {
  return useQuery({
    queryKey: ['referrals', 'help-back'],
    queryFn: ({ signal }) => api.get('/api/v1/referrals/help-back', { signal }),
  });
}

export function usePersonReferrals(personId: string) {
  return useQuery({
    queryKey: ['referrals', 'person', personId],
    queryFn: ({ signal }) => api.get('/api/v1/people/{id}/referrals', { path: { id: personId }, signal }),
  });
}

export function usePersonValues(personId: string) {
  return useQuery({
    queryKey: ['values', personId],
    queryFn: ({ signal }) => api.get('/api/v1/people/{id}/values', { path: { id: personId }, signal }),
  });
}

function useRefreshReferrals() {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['referrals'] });
}

export function useCreateReferral() {
  const refresh = useRefreshReferrals();
  return useMutation({
    mutationFn: (body: ReferralBody) => api.post('/api/v1/referrals', { body }),
    onSuccess: refresh,
  });
}

export function useUpdateReferral() {
  const refresh = useRefreshReferrals();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ReferralPatchBody }) =>
      api.patch('/api/v1/referrals/{id}', { path: { id }, body }),
    onSuccess: refresh,
  });
}

export function useDeleteReferral() {
  const refresh = useRefreshReferrals();
  return useMutation({
    mutationFn: (id: string) => api.delete('/api/v1/referrals/{id}', { path: { id } }),
    onSuccess: refresh,
  });
}
