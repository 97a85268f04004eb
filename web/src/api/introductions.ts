// Introductions: propose, list (pipeline), detail, agenda, and every action the API offers on one.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import type {
  AgendaItem,
  AnswerBody,
  FollowUpAnswerBody,
  Introduction,
  IntroductionBody,
  IntroductionDetail,
  IntroductionPatchBody,
  IntroState,
  OutcomeBody,
  Page,
  ProposalPreview,
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

const path = (id: string, action = '') =>
  `/api/v1/introductions/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** Every introduction matching the filter: the pipeline shows them all at once, so all pages are read. */
export function useIntroductions(filter: IntroFilter, enabled = true) {
  return useQuery({
    enabled,
    queryKey: introKeys.list(filter),
    queryFn: async ({ signal }) => {
      const items: Introduction[] = [];
      let cursor: string | undefined;
      // A connector has tens to a few hundred introductions; 25 pages of 200 is a generous ceiling.
      for (let i = 0; i < 25; i++) {
        const page = await request<Page<Introduction>>('GET', '/api/v1/introductions', {
          query: { personId: filter.personId, state: filter.states, limit: 200, cursor },
          signal,
        });
        items.push(...page.items);
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      return items;
    },
  });
}

export function useIntroduction(id: string) {
  return useQuery({
    queryKey: introKeys.one(id),
    queryFn: ({ signal }) => request<IntroductionDetail>('GET', path(id), { signal }),
    // The people answer from their own browsers: coming back to this tab shows where things stand.
    refetchOnWindowFocus: true,
  });
}

export function useAgenda() {
  return useQuery({
    queryKey: introKeys.agenda,
    queryFn: ({ signal }) =>
      request<{ items: AgendaItem[]; asOf: string }>('GET', '/api/v1/introductions/agenda', { signal }),
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
    mutationFn: (body: IntroductionBody) =>
      request<IntroductionDetail>('POST', '/api/v1/introductions', { body }),
    onSuccess: refresh,
  });
}

export function useEditIntroduction(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: IntroductionPatchBody) => request<IntroductionDetail>('PATCH', path(id), { body }),
    onSuccess: refresh,
  });
}

/** The actions on an introduction. Each answers with the introduction after the change. */
export type IntroAction =
  | { type: 'request' }
  | { type: 'introduce' }
  | { type: 'reask' }
  | { type: 'follow-up' }
  | { type: 'cancel'; note?: string }
  | { type: 'answers'; body: AnswerBody }
  | { type: 'follow-up-answers'; body: FollowUpAnswerBody }
  | { type: 'withdraw'; body: { personId: string; note?: string; channel?: AnswerBody['channel'] } }
  | { type: 'outcome'; body: OutcomeBody };

export function useIntroAction(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (action: IntroAction) => {
      switch (action.type) {
        case 'answers':
        case 'follow-up-answers':
        case 'withdraw':
        case 'outcome':
          return request<IntroductionDetail>('POST', path(id, action.type), { body: action.body });
        case 'cancel':
          return request<IntroductionDetail>('POST', path(id, 'cancel'), {
            body: action.note ? { note: action.note } : {},
          });
        default:
          return request<IntroductionDetail>('POST', path(id, action.type));
      }
    },
    onSuccess: refresh,
  });
}

/** "Ask again" from the agenda: one click, no detail page needed. */
export function useReask() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: string) => request<IntroductionDetail>('POST', path(id, 'reask')),
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
    queryFn: ({ signal }) =>
      request<ProposalPreview>('POST', '/api/v1/introductions/preview', { body, signal }),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });
}
