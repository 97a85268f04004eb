// Every introduction by state: columns on wide screens, one list grouped by state on phones. Filters (a
// person, whether to show the ended ones) live in the address so Back and shared links keep them.
import { Badge, Button, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Link, useSearchParams } from 'react-router';
import { useIntroductions } from '../api/introductions';
import { usePerson } from '../api/people';
import type { Introduction, IntroState } from '../api/types';
import { IconHandshake, IconPlus } from '../components/icons';
import { IntroCard } from '../components/intro/IntroCard';
import { PersonPicker } from '../components/intro/PersonPicker';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { ENDED_STATES, PIPELINE_STATES, stateColors, stateLabels } from '../lib/intro-labels';

export default function PipelinePage() {
  const [params, setParams] = useSearchParams();
  const personId = params.get('person') ?? '';
  const showEnded = params.get('ended') === '1';
  const person = usePerson(personId);
  const list = useIntroductions({ personId: personId || undefined });
  const phone = useMediaQuery('(max-width: 48em)', undefined, { getInitialValueInEffect: false });

  const set = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const states = showEnded ? [...PIPELINE_STATES, ...ENDED_STATES] : PIPELINE_STATES;
  const byState = new Map<IntroState, Introduction[]>(states.map((s) => [s, []]));
  for (const i of list.data ?? []) byState.get(i.state)?.push(i);
  const endedCount = (list.data ?? []).filter((i) => ENDED_STATES.includes(i.state)).length;

  return (
    <Stack gap="md" maw={1600} mx="auto">
      <PageHeader
        title="Introductions"
        description="Every introduction by where it stands. Open one to act on it."
        actions={
          <Button component={Link} to="/introductions/new" leftSection={<IconPlus size={16} />}>
            Propose introduction
          </Button>
        }
      />
      <Paper withBorder p="md">
        <Group gap="md" align="flex-end">
          <PersonPicker
            label="Involving"
            value={personId ? (person.data ?? null) : null}
            onChange={(p) => set('person', p?.id ?? '')}
            w={{ base: '100%', xs: 320 }}
          />
          <Switch
            label={`Show declined, expired and cancelled (${endedCount})`}
            checked={showEnded}
            onChange={(e) => set('ended', e.currentTarget.checked ? '1' : '')}
            mb={8}
          />
        </Group>
      </Paper>
      {list.isPending ? (
        <PageLoader label="Loading introductions" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="xs">
            <IconHandshake size={28} />
            <Text fw={600}>{personId ? 'No introductions involving them yet' : 'No introductions yet'}</Text>
            <Text fz="sm" c="dimmed" ta="center">
              Propose one here, from a person’s page (“Introduce…”), or from a need (“Find a provider”).
            </Text>
          </Stack>
        </Paper>
      ) : (
        <div className={phone ? undefined : 'lp-board'}>
          {states.map((state) => (
            <Column key={state} state={state} items={byState.get(state) ?? []} compact={phone ?? false} />
          ))}
        </div>
      )}
    </Stack>
  );
}

function Column({ state, items, compact }: { state: IntroState; items: Introduction[]; compact: boolean }) {
  // On phones empty states take no room; on wide screens every column stays so the board keeps its shape.
  if (compact && items.length === 0) return null;
  const id = `column-${state}`;
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      p="xs"
      mb={compact ? 'sm' : 0}
      withBorder
      bg="light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-7))"
    >
      <Group gap={6} mb="xs" px={4}>
        <Title order={2} fz="sm" id={id}>
          {stateLabels[state]}
        </Title>
        <Badge size="sm" variant="light" color={stateColors[state]} circle={items.length < 10}>
          {items.length}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text fz="xs" c="dimmed" px={4} pb={4}>
          None
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} aria-label={stateLabels[state]}>
          {items.map((i) => (
            <li key={i.id} style={{ listStyle: 'none' }}>
              <IntroCard intro={i} />
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
