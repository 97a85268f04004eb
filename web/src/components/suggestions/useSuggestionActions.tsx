// The two answers to a suggestion, shared by every place that shows one: draft the introduction (and open
// it) or "not a fit" (the suggestion goes at once, before the lists are read again; the notification
// offers Undo).
import { Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, api, errorMessage } from '../../api/client';
import { suggestionKeys, useDismissSuggestion, useDraftFromSuggestion } from '../../api/suggestions';
import type { SuggestionChoiceBody } from '../../api/types';
import { unmetOf } from '../../lib/unvouched';
import { UnmetCriteria } from '../UnmetCriteria';

export interface SuggestionNames {
  seeker: string;
  provider: string;
}

export function useSuggestionActions(choice: SuggestionChoiceBody, names: SuggestionNames) {
  const draft = useDraftFromSuggestion();
  const dismiss = useDismissSuggestion();
  const navigate = useNavigate();
  const qc = useQueryClient();
  // Dismissed here: the item hides itself as soon as the dismissal is saved. Reading the lists again can
  // take a while on a busy server, and a dismissed card left on the page still drafts its introduction.
  const [dismissed, setDismissed] = useState(false);

  const onDraft = async (confirmUnvouched = false) => {
    try {
      const detail = await draft.mutateAsync({ ...choice, confirmUnvouched });
      navigate(`/introductions/${detail.id}`);
    } catch (e) {
      const unmet = unmetOf(e);
      if (unmet) {
        // Never put forward without the connector confirming: ask, with the criteria not yet met.
        const id = `unvouched-${choice.needId}-${choice.providerId}`;
        notifications.show({
          id,
          color: 'yellow',
          autoClose: false,
          title: 'Your criteria are not all met',
          message: (
            <Stack gap={4}>
              <UnmetCriteria unmet={unmet} />
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    void onDraft(true);
                  }}
                >
                  Draft anyway
                </Button>
                <Button size="compact-sm" variant="subtle" onClick={() => notifications.hide(id)}>
                  Not now
                </Button>
              </Group>
            </Stack>
          ),
        });
        return;
      }
      const existing = e instanceof ApiError ? e.extensions.existingIntroductionId : undefined;
      notifications.show({
        color: 'red',
        title: 'Could not draft the introduction',
        message: errorMessage(e),
      });
      if (typeof existing === 'string') navigate(`/introductions/${existing}`);
    }
  };

  // Undo runs from the notification, after the row that dismissed is gone: it calls the API directly.
  const undo = async (dismissalId: string, notificationId: string) => {
    notifications.hide(notificationId);
    try {
      await api.delete('/api/v1/suggestions/dismissals/{id}', { path: { id: dismissalId } });
      setDismissed(false);
      await qc.invalidateQueries({ queryKey: suggestionKeys.all });
      notifications.show({
        color: 'pine',
        message: `${names.provider} is suggested for ${names.seeker} again`,
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not undo', message: errorMessage(e) });
    }
  };

  const onDismiss = async () => {
    try {
      const dismissal = await dismiss.mutateAsync(choice);
      setDismissed(true);
      const id = `dismissed-${dismissal.id}`;
      notifications.show({
        id,
        autoClose: 10_000,
        message: (
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Text fz="sm">
              Not a fit: {names.provider} for {names.seeker}. It will not be suggested again.
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              style={{ flexShrink: 0 }}
              onClick={() => void undo(dismissal.id, id)}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not dismiss', message: errorMessage(e) });
    }
  };

  return { onDraft, onDismiss, dismissed, drafting: draft.isPending, dismissing: dismiss.isPending };
}
