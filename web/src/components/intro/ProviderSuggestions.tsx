// "Find a provider" for a need: the matcher's providers for it (GET /api/v1/needs/{id}/suggestions), by
// meaning across offers and profiles, best first, each with its reasons. "Choose" puts them in the form
// (with the reasons as the reason, if none was written yet); "Draft introduction" and "Not a fit" act at once.
import { Button, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useFetchPerson } from '../../api/people';
import { useNeedSuggestions } from '../../api/suggestions';
import type { Need, NeedSuggestion, Person } from '../../api/types';
import { roleLine } from '../people/PersonRow';
import { OfferLine } from '../suggestions/SuggestionCard';
import { SuggestionItem } from '../suggestions/SuggestionItem';
import { UpdatingNotice } from '../suggestions/UpdatingNotice';

export function ProviderSuggestions({
  need,
  seekerName,
  onChoose,
}: {
  need: Need;
  seekerName: string;
  onChoose: (person: Person, suggestion: NeedSuggestion) => void;
}) {
  const providers = useNeedSuggestions(need.id);
  const fetchPerson = useFetchPerson();
  const [choosing, setChoosing] = useState<string | null>(null);
  const choose = async (s: NeedSuggestion) => {
    setChoosing(s.personId);
    try {
      onChoose(await fetchPerson(s.personId), s);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not load them', message: errorMessage(e) });
    } finally {
      setChoosing(null);
    }
  };

  const items = providers.data?.items ?? [];
  return (
    <Stack gap="xs" aria-label="Suggested providers" role="region">
      <Text fz="sm" fw={600}>
        Who could help with “{need.text}”
      </Text>
      <UpdatingNotice updating={providers.data?.updating ?? false} compact />
      {providers.isPending ? (
        <Loader size="xs" aria-label="Finding providers" />
      ) : providers.isError ? (
        <Text fz="sm" c="red">
          {errorMessage(providers.error)}
        </Text>
      ) : items.length === 0 ? (
        providers.data.updating ? null : (
          <Text fz="sm" c="dimmed">
            No one in your network answers this need yet. Pick a provider below.
          </Text>
        )
      ) : (
        items.map((s) => (
          <SuggestionItem
            key={`${s.personId}:${s.offerId ?? ''}`}
            label={s.person.name}
            heading={
              <>
                {s.person.name}
                {roleLine(s.person) && (
                  <Text span c="dimmed" fz="sm" fw={400}>
                    {' '}
                    · {roleLine(s.person)}
                  </Text>
                )}
              </>
            }
            score={s.score}
            reasons={s.reasons}
            vouchUnmet={s.vouchUnmet}
            providerCriteria={s.providerCriteria?.words}
            choice={{ needId: need.id, providerId: s.personId, offerId: s.offerId }}
            names={{ seeker: seekerName, provider: s.person.name }}
            compact
            extraAction={
              <Button
                size="compact-xs"
                variant="light"
                loading={choosing === s.personId}
                onClick={() => void choose(s)}
                aria-label={`Choose ${s.person.name}`}
              >
                Choose
              </Button>
            }
          >
            <OfferLine offerText={s.offerText} provider={s.person} />
          </SuggestionItem>
        ))
      )}
    </Stack>
  );
}
