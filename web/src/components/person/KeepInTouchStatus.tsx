import { Badge, Group, Text } from '@mantine/core';
import type { Person } from '../../api/types';
import { cadenceWords } from '../../lib/cadence';
import { formatAgo, formatDate } from '../../lib/dates';
import { KeepInTouchBadge } from '../relationship/KeepInTouchBadge';

/** The cadence in effect (and where it comes from), the last contact, and whether a catch-up is due. */
export function KeepInTouchStatus({ state }: { state: Person['keepInTouch'] }) {
  const cadence = cadenceWords(state.idealDays, state.maxDays);
  const from = state.source === 'tag' ? ` (from the tag “${state.tag}”)` : '';

  return (
    <Group gap={8} wrap="wrap">
      <Text fz="sm">{cadence ? `Be in touch ${cadence}${from}.` : 'No cadence set.'}</Text>
      <Text fz="sm" c="dimmed">
        {state.lastContactAt ? `Last contact ${formatAgo(state.lastContactAt)}.` : 'No contact logged yet.'}
      </Text>
      {state.status === 'ok' && state.dueAt && (
        <Badge color="pine" variant="light" tt="none">
          On track · next by {formatDate(state.dueAt)}
        </Badge>
      )}
      <KeepInTouchBadge state={state} />
    </Group>
  );
}
