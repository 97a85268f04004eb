// "Find a provider" for a need: people whose active offers share the need's tags, most shared tags first,
// found by one offers search on the server (GET /api/v1/offers?tag=…&status=active).
import { Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useOfferSearch } from '../../api/offers';
import { useFetchPerson } from '../../api/people';
import type { Need, OfferWithPerson, Person } from '../../api/types';
import { roleLine } from '../people/PersonRow';

const CANDIDATES = 12;

/** Each person once, with their offer that shares the most tags (the search's order). */
function bestPerPerson(offers: OfferWithPerson[], seekerId: string): OfferWithPerson[] {
  const best = new Map<string, OfferWithPerson>();
  for (const o of offers) if (o.personId !== seekerId && !best.has(o.personId)) best.set(o.personId, o);
  return [...best.values()].slice(0, CANDIDATES);
}

export function ProviderSuggestions({
  need,
  seekerId,
  onChoose,
}: {
  need: Need;
  seekerId: string;
  onChoose: (person: Person) => void;
}) {
  const hasTags = need.tags.length > 0;
  const offers = useOfferSearch({ tags: need.tags, status: 'active', limit: 60 }, hasTags);
  const fetchPerson = useFetchPerson();
  const [choosing, setChoosing] = useState<string | null>(null);
  const choose = async (personId: string) => {
    setChoosing(personId);
    try {
      onChoose(await fetchPerson(personId));
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not load them', message: errorMessage(e) });
    } finally {
      setChoosing(null);
    }
  };

  if (!hasTags) {
    return (
      <Text fz="sm" c="dimmed">
        This need has no tags, so there is nothing to match offers against. Pick a provider below.
      </Text>
    );
  }
  const ranked = bestPerPerson(offers.data?.items ?? [], seekerId);
  return (
    <Stack gap="xs" aria-label="Suggested providers" role="region">
      <Text fz="sm" fw={600}>
        People whose offers match {need.tags.map((t) => `“${t}”`).join(', ')}
      </Text>
      {offers.isPending ? (
        <Loader size="xs" aria-label="Finding providers" />
      ) : offers.isError ? (
        <Text fz="sm" c="red">
          {errorMessage(offers.error)}
        </Text>
      ) : ranked.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No one’s active offers share these tags. Pick a provider below.
        </Text>
      ) : (
        ranked.map((offer) => (
          <Paper key={offer.person.id} withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} fz="sm">
                  {offer.person.name}
                  {roleLine(offer.person) && (
                    <Text span c="dimmed" fz="sm" fw={400}>
                      {' '}
                      · {roleLine(offer.person)}
                    </Text>
                  )}
                </Text>
                <Text fz="sm" lineClamp={2}>
                  Offers: {offer.text}
                </Text>
                <Group gap={4}>
                  {offer.tags
                    .filter((t) => need.tags.includes(t))
                    .map((t) => (
                      <Badge key={t} size="xs" variant="light" tt="none">
                        {t}
                      </Badge>
                    ))}
                </Group>
              </Stack>
              <Button
                size="xs"
                variant="light"
                loading={choosing === offer.person.id}
                onClick={() => void choose(offer.person.id)}
                aria-label={`Choose ${offer.person.name}`}
              >
                Choose
              </Button>
            </Group>
          </Paper>
        ))
      )}
    </Stack>
  );
}
