// Suggested introductions (the matcher's answers): across the account, per need and per person; "not a
// fit" and its undo, a draft introduction from a suggestion, a no-show override, and the matching settings.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { introKeys } from './introductions';
import type { MatchingSettingsPatchBody, SuggestionChoiceBody } from './types';

export const suggestionKeys = {
  all: ['suggestions'] as const,
  account: (limit?: number) => ['suggestions', 'account', limit ?? null] as const,
  need: (id: string) => ['suggestions', 'need', id] as const,
  person: (id: string) => ['suggestions', 'person', id] as const,
};
const settingsKey = ['matching', 'settings'] as const;

/** How often a list that says it is being updated is read again. */
export const UPDATING_POLL_MS = 2_000;
/** Re-read while the server says the answer is still being updated, so stale results never stay. */
const pollWhileUpdating = (query: { state: { data?: { updating: boolean } } }) =>
  query.state.data?.updating ? UPDATING_POLL_MS : false;

/** The best introductions to make now; `limit` left out: the connector's suggestions per week. */
export function useSuggestions(limit?: number) {
  return useQuery({
    queryKey: suggestionKeys.account(limit),
    queryFn: ({ signal }) =>
      api.get('/api/v1/suggestions', { query: limit === undefined ? {} : { limit }, signal }),
    refetchInterval: pollWhileUpdating,
  });
}

export function useNeedSuggestions(needId: string, limit = 10) {
  return useQuery({
    queryKey: suggestionKeys.need(needId),
    queryFn: ({ signal }) =>
      api.get('/api/v1/needs/{id}/suggestions', { path: { id: needId }, query: { limit }, signal }),
    refetchInterval: pollWhileUpdating,
    enabled: needId !== '',
  });
}

export function usePersonSuggestions(personId: string, limit = 5) {
  return useQuery({
    queryKey: suggestionKeys.person(personId),
    queryFn: ({ signal }) =>
      api.get('/api/v1/people/{id}/suggestions', { path: { id: personId }, query: { limit }, signal }),
    refetchInterval: pollWhileUpdating,
    enabled: personId !== '',
  });
}

/** "Not a fit": remembered, and every list of suggestions is read again without it. */
export function useDismissSuggestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (choice: SuggestionChoiceBody) =>
      api.post('/api/v1/suggestions/dismissals', { body: choice }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: suggestionKeys.all }),
  });
}

export function useUndoDismissal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (dismissalId: string) =>
      api.delete('/api/v1/suggestions/dismissals/{id}', { path: { id: dismissalId } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: suggestionKeys.all }),
  });
}

/** A draft introduction from a suggestion, its reason written from the suggestion's reasons. */
export function useDraftFromSuggestion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (choice: SuggestionChoiceBody & { confirmUnvouched?: boolean }) =>
      api.post('/api/v1/suggestions/draft', { body: choice }),
    onSuccess: (detail) => {
      qc.setQueryData(introKeys.one(detail.id), detail);
      void qc.invalidateQueries({ queryKey: ['introductions', 'list'] });
      // An open introduction keeps the pair out of the suggestions.
      void qc.invalidateQueries({ queryKey: suggestionKeys.all });
    },
  });
}

/** Suggest a provider again despite a recorded no-show: the connector vouches for them. */
export function useNoShowOverride() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (personId: string) =>
      api.put('/api/v1/people/{id}/no-show-override', { path: { id: personId } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: suggestionKeys.all }),
  });
}

export function useMatchingSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get('/api/v1/matching/settings', { signal }),
  });
}

export function useUpdateMatchingSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: MatchingSettingsPatchBody) => api.put('/api/v1/matching/settings', { body: patch }),
    onSuccess: (settings) => {
      qc.setQueryData(settingsKey, settings);
      void qc.invalidateQueries({ queryKey: suggestionKeys.all });
    },
  });
}
