import { Badge, Group, Text } from '@mantine/core';
import type { Person } from '../../api/types';
import { appNow, daysBetween, formatAgo, formatInterval } from '../../lib/dates';

/** The cadence, when they were last in touch, and whether a catch-up is due or overdue. */
export function KeepInTouchStatus({
  cadence,
  lastInteractionAt,
}: {
  cadence: Person['keepInTouch'];
  lastInteractionAt: string | null;
}) {
  const { idealDays, maxDays } = cadence;
  const parts: string[] = [];
  if (idealDays) parts.push(`ideally ${formatInterval(idealDays)}`);
  if (maxDays) parts.push(`at most ${formatInterval(maxDays)}`);
  const since = lastInteractionAt ? daysBetween(lastInteractionAt, appNow()) : null;

  let status: { label: string; color: string } | null = null;
  if (since !== null && maxDays && since > maxDays) status = { label: 'Overdue', color: 'red' };
  else if (since !== null && idealDays && since > idealDays) status = { label: 'Due', color: 'orange' };
  else if (since !== null && (idealDays || maxDays)) status = { label: 'On track', color: 'pine' };
  else if (since === null && (idealDays || maxDays)) status = { label: 'Never in touch', color: 'orange' };

  return (
    <Group gap={8} wrap="wrap">
      <Text fz="sm">{parts.length ? `Be in touch ${parts.join(', ')}.` : 'No cadence set.'}</Text>
      {lastInteractionAt && (
        <Text fz="sm" c="dimmed">
          Last contact {formatAgo(lastInteractionAt)}.
        </Text>
      )}
      {status && (
        <Badge color={status.color} variant="light">
          {status.label}
        </Badge>
      )}
    </Group>
  );
}
