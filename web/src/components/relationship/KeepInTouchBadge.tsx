import { Badge, Tooltip } from '@mantine/core';
import type { Person } from '../../api/types';
import { formatDate } from '../../lib/dates';

type State = Pick<Person['keepInTouch'], 'status' | 'dueAt' | 'overdueAt'>;

/** Yellow "Due" or red "Overdue" with the date it became so; nothing when on track or without a cadence. */
export function KeepInTouchBadge({ state, size = 'sm' }: { state: State; size?: 'xs' | 'sm' | 'md' }) {
  if (state.status !== 'due' && state.status !== 'overdue') return null;
  const overdue = state.status === 'overdue';
  const since = overdue ? state.overdueAt : state.dueAt;
  const label = overdue ? 'Overdue' : 'Due';
  return (
    <Tooltip label={since ? `${label} since ${formatDate(since)}` : label} withArrow>
      {/* max-content: in a crowded table cell the badge would otherwise be squeezed to "Overdue ·…", losing the date. */}
      <Badge color={overdue ? 'red' : 'yellow'} variant="light" size={size} tt="none" miw="max-content">
        {label}
        {since ? ` · ${formatDate(since)}` : ''}
      </Badge>
    </Tooltip>
  );
}
