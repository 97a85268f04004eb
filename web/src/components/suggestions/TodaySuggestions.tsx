// Today's short list of suggested introductions: the week's top three, and the way to the rest.
import { Anchor, Group, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSuggestions } from '../../api/suggestions';
import { SuggestionCard } from './SuggestionCard';
import { UpdatingNotice } from './UpdatingNotice';

const SHOWN = 3;

export function TodaySuggestions() {
  const list = useSuggestions(SHOWN);
  // Today is about what needs the connector: an empty or failing list of ideas takes no room here.
  if (!list.data || (list.data.items.length === 0 && !list.data.updating)) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="today-suggestions">
      <Group justify="space-between" gap="xs">
        <Group gap="sm">
          <Title order={2} fz="h5" id="today-suggestions">
            Suggested introductions
          </Title>
          <UpdatingNotice updating={list.data.updating} compact />
        </Group>
        <Anchor component={Link} to="/suggestions" fz="sm">
          All suggestions
        </Anchor>
      </Group>
      {list.data.items.map((s) => (
        <SuggestionCard key={`${s.needId}:${s.providerId}:${s.offerId ?? ''}`} suggestion={s} compact />
      ))}
    </Stack>
  );
}
