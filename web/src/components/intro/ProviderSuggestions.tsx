// "Find a provider" for a need: people whose active offers share the need's tags, best overlap first.
// The API has no offer search yet, so candidates come from people search (which covers offers' tags) and
// their offers are read to measure the overlap.
import { Badge, Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { request } from '../../api/client';
import { usePeople } from '../../api/people';
import type { Need, Offer, Page, Person } from '../../api/types';
import { overlap } from '../../lib/matching';
import { roleLine } from '../people/PersonRow';

const CANDIDATES = 12;

export function ProviderSuggestions({
  need,
  seekerId,
  onChoose,
}: {
  need: Need;
  seekerId: string;
  onChoose: (person: Person) => void;
}) {
  const q = need.tags.length ? need.tags.join(' or ') : undefined;
  const people = usePeople({ q });
  const candidates = q
    ? (people.data?.pages[0]?.items ?? []).filter((p) => p.id !== seekerId).slice(0, CANDIDATES)
    : [];
  const offers = useQueries({
    queries: candidates.map((p) => ({
      queryKey: ['offers', p.id, 'for-matching'],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        request<Page<Offer>>('GET', `/api/v1/people/${p.id}/offers`, { query: { limit: 100 }, signal }),
    })),
  });
  const loading = people.isPending || offers.some((o) => o.isPending);
  const ranked = candidates
    .map((person, i) => ({ person, ...overlap(need.tags, offers[i]?.data?.items ?? []) }))
    .filter((c) => c.offer)
    .sort((x, y) => y.tags.length - x.tags.length);

  if (!q) {
    return (
      <Text fz="sm" c="dimmed">
        This need has no tags, so there is nothing to match offers against. Pick a provider below.
      </Text>
    );
  }
  return (
    <Stack gap="xs" aria-label="Suggested providers" role="region">
      <Text fz="sm" fw={600}>
        People whose offers match {need.tags.map((t) => `“${t}”`).join(', ')}
      </Text>
      {loading ? (
        <Loader size="xs" aria-label="Finding providers" />
      ) : ranked.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No one’s active offers share these tags. Pick a provider below.
        </Text>
      ) : (
        ranked.map(({ person, tags, offer }) => (
          <Paper key={person.id} withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} fz="sm">
                  {person.name}
                  {roleLine(person) && (
                    <Text span c="dimmed" fz="sm" fw={400}>
                      {' '}
                      · {roleLine(person)}
                    </Text>
                  )}
                </Text>
                <Text fz="sm" lineClamp={2}>
                  Offers: {offer?.text}
                </Text>
                <Group gap={4}>
                  {tags.map((t) => (
                    <Badge key={t} size="xs" variant="light" tt="none">
                      {t}
                    </Badge>
                  ))}
                </Group>
              </Stack>
              <Button
                size="xs"
                variant="light"
                onClick={() => onChoose(person)}
                aria-label={`Choose ${person.name}`}
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
