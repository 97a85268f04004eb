// A searchable choice of one person, searching the server as you type (the network may be thousands).
// Suggested candidates, when given, come first with their reason, before the search's results.
import { Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { useFetchPerson, usePeople } from '../../api/people';
import type { MatchPerson, Person } from '../../api/types';
import { roleLine } from '../people/PersonRow';

const labelOf = (p: Pick<Person, 'name' | 'title' | 'company'>) => {
  const role = roleLine(p);
  return role ? `${p.name} (${role})` : p.name;
};

/** Someone the matcher suggests for this choice, and why. */
export interface PickerCandidate {
  person: MatchPerson;
  reason: string;
}

interface Props<C extends PickerCandidate> extends Omit<SelectProps, 'value' | 'onChange' | 'data'> {
  value: Person | null;
  onChange: (person: Person | null) => void;
  /** People who cannot be chosen here (e.g. the other side of the introduction). */
  excludeIds?: string[];
  /** Shown first, each with its reason; choosing one also calls `onCandidate`. */
  candidates?: C[];
  onCandidate?: (candidate: C, person: Person) => void;
}

export function PersonPicker<C extends PickerCandidate>({
  value,
  onChange,
  excludeIds = [],
  candidates = [],
  onCandidate,
  ...rest
}: Props<C>) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  // While the box shows the chosen person's label, list everyone rather than searching for that label.
  const q = value && debounced === labelOf(value) ? undefined : debounced || undefined;
  const people = usePeople({ q });
  const found = people.data?.pages[0]?.items ?? [];
  const fetchPerson = useFetchPerson();

  const byId = useMemo(() => {
    const map = new Map<string, Person>();
    if (value) map.set(value.id, value);
    for (const p of found) if (!excludeIds.includes(p.id)) map.set(p.id, p);
    return map;
  }, [found, value, excludeIds]);

  // Each suggested person once (their best reason), narrowed by what is typed like the search is.
  const suggested = useMemo(() => {
    const seen = new Map<string, C>();
    const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    for (const c of candidates) {
      if (seen.has(c.person.id) || excludeIds.includes(c.person.id)) continue;
      const text = labelOf(c.person).toLowerCase();
      if (words.every((w) => text.includes(w))) seen.set(c.person.id, c);
    }
    return seen;
  }, [candidates, excludeIds, q]);

  const everyone = [...byId.values()]
    .filter((p) => !suggested.has(p.id))
    .map((p) => ({ value: p.id, label: labelOf(p) }));
  const data =
    suggested.size === 0
      ? everyone
      : [
          {
            group: 'Suggested',
            items: [...suggested.values()].map((c) => ({ value: c.person.id, label: labelOf(c.person) })),
          },
          { group: 'Everyone', items: everyone },
        ];

  const pick = async (id: string | null) => {
    const candidate = id ? suggested.get(id) : undefined;
    if (!id || !candidate) return onChange(id ? (byId.get(id) ?? null) : null);
    try {
      const person = byId.get(id) ?? (await fetchPerson(id));
      onChange(person);
      onCandidate?.(candidate, person);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not load them', message: errorMessage(e) });
    }
  };

  return (
    <Select
      searchable
      clearable
      data={data}
      value={value?.id ?? null}
      onChange={(id) => void pick(id)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the words (names, companies, tags, needs, offers).
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const reason = suggested.get(option.value)?.reason;
        return reason ? (
          <Stack gap={0}>
            <Text fz="sm">{option.label}</Text>
            <Text fz="xs" c="dimmed" lineClamp={2}>
              {reason}
            </Text>
          </Stack>
        ) : (
          option.label
        );
      }}
      nothingFoundMessage={people.isFetching ? 'Searching…' : 'No one matches'}
      placeholder="Type a name, company or tag"
      {...rest}
    />
  );
}
