// Each party's consent as a badge (cards, lists) and as a card with the details (detail page).
import { Anchor, Badge, ColorSwatch, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Introduction, Party } from '../../api/types';
import { formatCalendarDate, formatDateTime } from '../../lib/dates';
import { channelLabels, consentColors, consentLabels, ENDED_STATES } from '../../lib/intro-labels';

type ConsentView = Introduction['consent']['a'];

/** `ended`: the introduction is over, so a question still open will not be answered ("yet" no longer holds). */
export function consentWords(c: ConsentView, ended = false): string {
  if (ended && c.status === 'asked') return 'Asked, had not answered';
  if (ended && c.status === 'not_asked') return 'Not asked';
  if (c.status === 'later' && c.until) return `Not now, until ${formatCalendarDate(c.until)}`;
  if (c.status === 'no' && c.withdrawn) return 'Withdrew their yes';
  if (c.undelivered) return 'Asked, but the request did not reach them';
  return consentLabels[c.status];
}

/** A request that never arrived is a problem to act on (Today offers the resend), not a wait. */
function consentColor(c: ConsentView): string {
  return c.undelivered ? 'red' : consentColors[c.status];
}

/** A coloured dot and "Name: status", wrapping on narrow cards rather than cutting the words off. */
export function ConsentBadge({
  name,
  consent,
  ended = false,
}: {
  name: string;
  consent: ConsentView;
  ended?: boolean;
}) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <ColorSwatch
        color={`var(--mantine-color-${consentColor(consent)}-6)`}
        size={8}
        withShadow={false}
        mt={5}
        style={{ flexShrink: 0 }}
        aria-hidden
      />
      <Text fz="xs" style={{ overflowWrap: 'anywhere' }}>
        <Text span fz="xs" fw={600}>
          {name}:
        </Text>{' '}
        {consentWords(consent, ended)}
      </Text>
    </Group>
  );
}

export function ConsentCard({ intro, party }: { intro: Introduction; party: Party }) {
  const person = party === 'a' ? intro.personA : intro.personB;
  const c = intro.consent[party];
  const role =
    intro.kind === 'seeker_provider'
      ? party === 'a'
        ? 'Seeker'
        : 'Provider'
      : `Person ${party.toUpperCase()}`;
  const first = intro.order === 'sequential' && intro.firstParty === party;
  return (
    <Paper withBorder p="md" component="section" aria-label={`${person.name}’s consent`}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
              {role}
              {first ? ' · asked first' : ''}
            </Text>
            <Anchor component={Link} to={`/people/${person.id}`} fw={600} truncate>
              {person.name}
            </Anchor>
          </Stack>
          <Badge variant="light" color={consentColor(c)} tt="none" style={{ flexShrink: 0 }}>
            {consentWords(c, ENDED_STATES.includes(intro.state))}
          </Badge>
        </Group>
        <Stack gap={2}>
          {c.askedAt && (
            <Text fz="xs" c="dimmed">
              Asked {formatDateTime(c.askedAt)}
              {c.remindedAt ? ` · reminded ${formatDateTime(c.remindedAt)}` : ''}
            </Text>
          )}
          {c.answeredAt && (
            <Text fz="xs" c="dimmed">
              Answered {formatDateTime(c.answeredAt)}
              {c.channel ? ` · ${channelLabels[c.channel]}` : ''}
            </Text>
          )}
          {c.note && (
            <Text fz="sm" fs="italic" style={{ overflowWrap: 'anywhere' }}>
              “{c.note}”
            </Text>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
