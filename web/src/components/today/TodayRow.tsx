// One Today item: who it is about, what it says (an answer's note quoted), when it became due, its urgency
// as a coloured edge and badge, and its one-click action.
import { Anchor, Badge, Blockquote, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TodayItem } from '../../api/today';
import { formatAgo, formatCalendarDate, formatDate, formatDue } from '../../lib/dates';
import { badgeOf, urgencyColors } from '../../lib/today-labels';
import { TodayActions, whoOf } from './TodayActions';

function Who({ item }: { item: TodayItem }) {
  const to = item.introductionId
    ? `/introductions/${item.introductionId}`
    : item.people[0]
      ? `/people/${item.people[0].id}`
      : null;
  // A request's requester is not (yet) one of the connector's people: the item names them in its summary.
  const who = whoOf(item) || (item.kind === 'request' ? 'Introduction request' : 'Someone');
  return to ? (
    <Anchor component={Link} to={to} c="inherit" fw={600} fz="sm">
      {who}
    </Anchor>
  ) : (
    <Text fw={600} fz="sm">
      {who}
    </Text>
  );
}

// Dates in the person page's style (formatDate, formatCalendarDate): one style across Today.
function when(item: TodayItem, asOf: string): string {
  if (item.kind === 'answer')
    return `Answered ${formatAgo(item.since, new Date(asOf))} · ${formatDate(item.since)}`;
  if (item.kind === 'need_due' && item.dueDate) return `Needed by ${formatCalendarDate(item.dueDate)}`;
  if (item.since > asOf) return item.dueDate ? `Due ${formatCalendarDate(item.dueDate)}` : '';
  return formatDue(item.since, asOf, item.urgency === 'overdue');
}

/**
 * The summary as the row shows it. An answer's summary ends with its note in quotes (so the CLI and the
 * digest, which have no quote block, carry it); here the note has its own block below, so it is not
 * repeated at the end of the sentence.
 */
function sentenceOf(item: TodayItem): string {
  const quotedNote = item.note ? `: “${item.note}”` : null;
  return quotedNote && item.summary.endsWith(quotedNote)
    ? item.summary.slice(0, -quotedNote.length)
    : item.summary;
}

export function TodayRow({ item, asOf }: { item: TodayItem; asOf: string }) {
  const color = urgencyColors[item.urgency];
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      aria-label={item.summary}
      style={{ listStyle: 'none', borderLeft: `4px solid var(--mantine-color-${color}-6)` }}
    >
      <Group justify="space-between" gap="sm" align="center">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Group gap="xs">
            <Who item={item} />
            <Badge size="xs" variant="light" color={color}>
              {badgeOf(item)}
            </Badge>
          </Group>
          <Text fz="sm">{sentenceOf(item)}</Text>
          {item.note && (
            <Blockquote p="xs" fz="sm" color={color} aria-label="Their note">
              {item.note}
            </Blockquote>
          )}
          <Text fz="xs" c="dimmed">
            {when(item, asOf)}
          </Text>
        </Stack>
        <TodayActions item={item} />
      </Group>
    </Paper>
  );
}
