// The best introductions to make now (GET /api/v1/suggestions): few, each with its reasons, drafted or
// dismissed in one click. Says so while recent changes are still being matched.
import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useSuggestions } from '../api/suggestions';
import { IconBulb, IconCheck } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { SuggestionCard } from '../components/suggestions/SuggestionCard';
import { SuggestionsPerWeek } from '../components/suggestions/SuggestionsPerWeek';
import { UpdatingNotice } from '../components/suggestions/UpdatingNotice';

export default function SuggestionsPage() {
  const list = useSuggestions();
  return (
    <Stack gap="md" maw={900} mx="auto">
      <PageHeader
        title="Suggestions"
        description="Introductions worth making now: who needs what, who can help, and why. Nobody is contacted until you start asking."
        actions={<SuggestionsPerWeek />}
      />
      {list.isPending ? (
        <PageLoader label="Loading suggestions" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <UpdatingNotice updating={list.data.updating} />
          {list.data.items.length === 0 ? (
            list.data.updating ? null : (
              <NoSuggestions />
            )
          ) : (
            <Stack gap="sm" component="section" aria-label="Suggested introductions">
              {list.data.items.map((s) => (
                <SuggestionCard key={`${s.needId}:${s.providerId}:${s.offerId ?? ''}`} suggestion={s} />
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

/**
 * Nothing to suggest: either there is nothing to match yet (no open needs, or no one who offers anything),
 * or every match has been made, dismissed or is held back by a guardrail.
 */
function NoSuggestions() {
  const hasNeeds = useQuery({
    queryKey: ['needs', 'search', 'any-open'],
    queryFn: ({ signal }) => api.get('/api/v1/needs', { query: { status: ['open'], limit: 1 }, signal }),
    select: (page) => page.items.length > 0,
  });
  if (hasNeeds.isPending) return <PageLoader />;
  const nothingToMatch = hasNeeds.data === false;
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="xs">
        {nothingToMatch ? <IconBulb size={28} /> : <IconCheck size={28} />}
        <Text fw={600}>{nothingToMatch ? 'No suggestions yet' : 'All caught up'}</Text>
        <Text fz="sm" c="dimmed" ta="center" maw={520}>
          {nothingToMatch ? (
            <>
              Add needs and offers to your people, and Linchpin will suggest introductions here. Profiles
              count too: a title, company, tags and a short blurb let Linchpin see who could help.
            </>
          ) : (
            <>
              No introduction is worth suggesting right now: the good matches are made, under way, or marked
              “not a fit”. New needs and offers bring new suggestions.
            </>
          )}
        </Text>
        <Group gap="sm" mt="xs">
          <Button component={Link} to="/people" variant="light">
            Open your people
          </Button>
          {nothingToMatch && (
            <Anchor component={Link} to="/import" fz="sm">
              or import contacts
            </Anchor>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
