// Introductions: propose, list (pipeline), detail, agenda, and every action the API offers on one.
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { readAllPages } from './paging';
import type {
  AnswerBody,
  FollowUpAnswerBody,
  IntroductionBody,
  IntroductionDetail,
  IntroductionPatchBody,
  IntroState,
  OutcomeBody,
  ReconfirmBody,
  SendReviewBody,
  WithdrawBody,
} from './types';

export const introKeys = {
  all: ['introductions'] as const,
  list: (f: IntroFilter) => ['introductions', 'list', f] as const,
  one: (id: string) => ['introductions', 'one', id] as const,
  agenda: ['introductions', 'agenda'] as const,
};

export interface IntroFilter {
  personId?: string;
  states?: IntroState[];
}

/**
 * Every introduction matching the filter: the pipeline shows them all at once (in columns by state), so
 * every page is read, however many there are.
 */
export function useIntroductions(filter: IntroFilter, enabled = true) {
  return useQuery({
    enabled,
    queryKey: introKeys.list(filter),
    queryFn: ({ signal }) =>
      readAllPages((cursor) =>
        api.get('/api/v1/introductions', {
          query: { personId: filter.personId, state: filter.states, limit: 200, cursor },
          signal,
        }),
      ),
  });
}

export function useIntroduction(id: string) {
  return useQuery({
    queryKey: introKeys.one(id),
    queryFn: ({ signal }) => api.get('/api/v1/introductions/{id}', { path: { id }, signal }),
    // The people answer from their own browsers: coming back to this tab shows where things stand.
    refetchOnWindowFocus: true,
  });
}

export function useAgenda() {
  return useQuery({
    queryKey: introKeys.agenda,
    queryFn: ({ signal }) => api.get('/api/v1/introductions/agenda', { signal }),
  });
}

/** After any change: the detail is replaced with the server's answer; lists, agenda and outbox re-read. */
function useRefresh() {
  const qc = useQueryClient();
  return (detail: IntroductionDetail) => {
    qc.setQueryData(introKeys.one(detail.id), detail);
    void qc.invalidateQueries({ queryKey: ['introductions', 'list'] });
    void qc.invalidateQueries({ queryKey: introKeys.agenda });
    void qc.invalidateQueries({ queryKey: ['outbox'] });
  };
}

export function useProposeIntroduction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: IntroductionBody) => api.post('/api/v1/introductions', { body }),
    onSuccess: refresh,
  });
}

export function useEditIntroduction(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: IntroductionPatchBody) =>
      api.patch('/api/v1/introductions/{id}', { path: { id }, body }),
    onSuccess: refresh,
  });
}

/** The actions on an introduction. Each answers with the introduction after the change. */
export type IntroAction =
  | { type: 'request'; review?: SendReviewBody }
  | { type: 'introduce'; review?: SendReviewBody }
  | { type: 'reask'; review?: SendReviewBody }
  | { type: 'reconfirm'; body: ReconfirmBody }
  | { type: 'follow-up' }
  | { type: 'cancel'; note?: string }
  | { type: 'answers'; body: AnswerBody }
  | { type: 'follow-up-answers'; body: FollowUpAnswerBody }
  | { type: 'withdraw'; body: WithdrawBody }
  | { type: 'outcome'; body: OutcomeBody };

export function useIntroAction(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (action: IntroAction) => {
      const init = { path: { id } };
      switch (action.type) {
        case 'request':
          return api.post('/api/v1/introductions/{id}/request', { ...init, body: action.review ?? {} });
        case 'introduce':
          return api.post('/api/v1/introductions/{id}/introduce', { ...init, body: action.review ?? {} });
        case 'reask':
          return api.post('/api/v1/introductions/{id}/reask', { ...init, body: action.review ?? {} });
        case 'reconfirm':
          return api.post('/api/v1/introductions/{id}/reconfirm', { ...init, body: action.body });
        case 'follow-up':
          return api.post('/api/v1/introductions/{id}/follow-up', init);
        case 'cancel':
          return api.post('/api/v1/introductions/{id}/cancel', {
            ...init,
            body: action.note ? { note: action.note } : {},
          });
        case 'answers':
          return api.post('/api/v1/introductions/{id}/answers', { ...init, body: action.body });
        case 'follow-up-answers':
          return api.post('/api/v1/introductions/{id}/follow-up-answers', { ...init, body: action.body });
        case 'withdraw':
          return api.post('/api/v1/introductions/{id}/withdraw', { ...init, body: action.body });
        case 'outcome':
          return api.post('/api/v1/introductions/{id}/outcome', { ...init, body: action.body });
      }
    },
    onSuccess: refresh,
  });
}

/** The steps whose email can be reviewed (and edited) before it goes out. */
export type ReviewedStep =
  | { type: 'request' | 'introduce' | 'reask' }
  | { type: 'reconfirm'; party: 'a' | 'b' };

/**
 * The email(s) a step would send with these edits, rendered by the server exactly as they would go out
 * (links are placeholders). Nothing is saved. Pass the review debounced.
 */
export function useStepPreview(id: string, step: ReviewedStep | null, review: SendReviewBody) {
  return useQuery({
    queryKey: ['introductions', 'step-preview', id, step, review],
    queryFn:
      step === null
        ? skipToken
        : ({ signal }) =>
            api.get('/api/v1/introductions/{id}/preview', {
              path: { id },
              query: {
                action: step.type,
                ...(step.type === 'reconfirm' ? { party: step.party } : {}),
                ...(review.personalLine ? { personalLine: review.personalLine } : {}),
                ...(review.blurbs?.a !== undefined ? { blurbA: review.blurbs.a } : {}),
                ...(review.blurbs?.b !== undefined ? { blurbB: review.blurbs.b } : {}),
              },
              signal,
            }),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** "Ask again" from the agenda: one click, no detail page needed. */
export function useReask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/v1/introductions/{id}/reask', { path: { id } }),
    onSuccess: refresh,
  });
}

/**
 * The consent request each person would get for a proposal not yet saved, rendered by the server. Pass
 * the body debounced; null (nothing to preview yet) does not ask. A refusal (say, a do-not-introduce
 * person) comes back as the query's error.
 */
export function useProposalPreview(body: IntroductionBody | null) {
  return useQuery({
    queryKey: ['introductions', 'proposal-preview', body],
    queryFn:
      body === null ? skipToken : ({ signal }) => api.post('/api/v1/introductions/preview', { body, signal }),
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
}
