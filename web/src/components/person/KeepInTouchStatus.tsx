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
      {/* With none, the header already says "No contact logged yet"; the page says it once. */}
      {state.lastContactAt && (
        <Text fz="sm" c="dimmed">
          Last contact {formatAgo(state.lastContactAt)}.
        </Text>
      )}
      {state.status === 'ok' && state.dueAt && (
        <Badge color="pine" variant="light" tt="none">
          On track · next by {formatDate(state.dueAt)}
        </Badge>
      )}
      <KeepInTouchBadge state={state} />
    </Group>
  );
}
