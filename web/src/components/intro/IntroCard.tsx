// One introduction in the pipeline or a person's list: the two people, kind, age, both consents and, once
// recorded, the outcome. The whole card is one link, so Tab moves card to card and Enter opens one.
import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Introduction } from '../../api/types';
import { formatAgo } from '../../lib/dates';
import { ENDED_STATES, kindLabels, outcomeSummary, stateColors, stateLabels } from '../../lib/intro-labels';
import { ConsentBadge } from './ConsentStatus';

export function IntroCard({ intro, showState = false }: { intro: Introduction; showState?: boolean }) {
  const arrow = intro.kind === 'seeker_provider' ? '→' : '↔';
  const outcome = intro.outcome && outcomeSummary(intro.outcome, [intro.personA, intro.personB]);
  const ended = ENDED_STATES.includes(intro.state);
  return (
    <Box
      component={Link}
      to={`/introductions/${intro.id}`}
      className="lp-card-link"
      p="sm"
      aria-label={`${intro.personA.name} ${arrow === '→' ? 'to' : 'and'} ${intro.personB.name}, ${stateLabels[intro.state]}${outcome ? `: ${outcome}` : ''}`}
    >
      <Stack gap={6}>
        <Text fw={600} fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {intro.personA.name} {arrow} {intro.personB.name}
        </Text>
        <Group gap={6}>
          {showState && (
            <Badge size="xs" color={stateColors[intro.state]} variant="light">
              {stateLabels[intro.state]}
            </Badge>
          )}
          <Text fz="xs" c="dimmed">
            {kindLabels[intro.kind]} · {formatAgo(intro.createdAt)}
          </Text>
        </Group>
        {outcome && (
          <Text fz="sm" fw={500}>
            Outcome: {outcome}
          </Text>
        )}
        <Stack gap={4} align="flex-start">
          <ConsentBadge name={intro.personA.name} consent={intro.consent.a} ended={ended} />
          <ConsentBadge name={intro.personB.name} consent={intro.consent.b} ended={ended} />
        </Stack>
      </Stack>
    </Box>
  );
}
