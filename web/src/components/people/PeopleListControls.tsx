// The list's order and the filters beyond the search box: where people came from, open needs, open
// introductions. Each value lives in the page's address (PeoplePage), so Back and shared links keep it.
import { Chip, Group, Select } from '@mantine/core';
import { usePeopleSources } from '../../api/people';
import type { PeopleSort, SortDirection } from '../../api/types';

export const SORTS: readonly PeopleSort[] = ['name', 'last-contact', 'trust', 'added'];
export const DIRECTIONS: readonly SortDirection[] = ['asc', 'desc'];

export const SORT_LABELS: Record<PeopleSort, string> = {
  name: 'Name',
  'last-contact': 'Last contact',
  trust: 'Trust',
  added: 'Date added',
};

/** What each direction means for each order, in words. */
const DIRECTION_LABELS: Record<PeopleSort, Record<SortDirection, string>> = {
  name: { asc: 'A to Z', desc: 'Z to A' },
  'last-contact': { desc: 'most recent first', asc: 'longest ago first' },
  trust: { desc: 'highest first', asc: 'lowest first' },
  added: { desc: 'newest first', asc: 'oldest first' },
};
export const DEFAULT_DIRECTION: Record<PeopleSort, SortDirection> = {
  name: 'asc',
  'last-contact': 'desc',
  trust: 'desc',
  added: 'desc',
};

interface Props {
  sort: PeopleSort;
  direction: SortDirection;
  onOrder: (sort: PeopleSort, direction: SortDirection) => void;
  /** Searching ranks by best match: the order does not apply then. */
  searching: boolean;
  source: string | undefined;
  onSource: (source: string | undefined) => void;
  hasOpenNeed: boolean;
  onHasOpenNeed: (on: boolean) => void;
  inOpenIntroduction: boolean;
  onInOpenIntroduction: (on: boolean) => void;
}

export function PeopleListControls(p: Props) {
  const sources = usePeopleSources();
  const sourceOptions = (sources.data ?? []).map((s) => ({
    value: s.key,
    label: `${s.label} (${s.count.toLocaleString()})`,
  }));
  if (p.source && !sourceOptions.some((o) => o.value === p.source))
    sourceOptions.push({ value: p.source, label: p.source });
  const orders = SORTS.flatMap((sort) =>
    DIRECTIONS.map((direction) => ({ sort, direction, value: `${sort}:${direction}` })),
  );
  const orderOptions = orders.map((o) => ({
    value: o.value,
    label: `${SORT_LABELS[o.sort]}, ${DIRECTION_LABELS[o.sort][o.direction]}`,
  }));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Sort by"
        data={orderOptions}
        value={`${p.sort}:${p.direction}`}
        onChange={(v) => {
          const order = orders.find((o) => o.value === v);
          if (order) p.onOrder(order.sort, order.direction);
        }}
        allowDeselect={false}
        disabled={p.searching}
        description={p.searching ? 'Best match first while searching' : undefined}
        style={{ flex: '1 1 220px' }}
      />
      <Select
        label="Source"
        placeholder="Anywhere"
        data={sourceOptions}
        value={p.source ?? null}
        onChange={(v) => p.onSource(v ?? undefined)}
        clearable
        nothingFoundMessage={sources.isPending ? 'Loading…' : 'No sources'}
        // An import's label carries its file, day and count: room for it, and a list as wide as its longest.
        comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
        style={{ flex: '3 1 380px' }}
      />
      <Group gap="xs" pb={4}>
        <Chip checked={p.hasOpenNeed} onChange={p.onHasOpenNeed} size="sm">
          Has an open need
        </Chip>
        <Chip checked={p.inOpenIntroduction} onChange={p.onInOpenIntroduction} size="sm">
          In an open introduction
        </Chip>
      </Group>
    </Group>
  );
}
