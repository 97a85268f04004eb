// A searchable choice of one person, searching the server as you type (the network may be thousands).
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { usePeople } from '../../api/people';
import type { Person } from '../../api/types';
import { roleLine } from '../people/PersonRow';

const labelOf = (p: Person) => {
  const role = roleLine(p);
  return role ? `${p.name} (${role})` : p.name;
};

interface Props extends Omit<SelectProps, 'value' | 'onChange' | 'data'> {
  value: Person | null;
  onChange: (person: Person | null) => void;
  /** People who cannot be chosen here (e.g. the other side of the introduction). */
  excludeIds?: string[];
}

export function PersonPicker({ value, onChange, excludeIds = [], ...rest }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  // While the box shows the chosen person's label, list everyone rather than searching for that label.
  const q = value && debounced === labelOf(value) ? undefined : debounced || undefined;
  const people = usePeople({ q });
  const found = people.data?.pages[0]?.items ?? [];

  const byId = useMemo(() => {
    const map = new Map<string, Person>();
    if (value) map.set(value.id, value);
    for (const p of found) if (!excludeIds.includes(p.id)) map.set(p.id, p);
    return map;
  }, [found, value, excludeIds]);

  return (
    <Select
      searchable
      clearable
      data={[...byId.values()].map((p) => ({ value: p.id, label: labelOf(p) }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (byId.get(id) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched the words (names, companies, tags, needs, offers).
      filter={({ options }) => options}
      nothingFoundMessage={people.isFetching ? 'Searching…' : 'No one matches'}
      placeholder="Type a name, company or tag"
      {...rest}
    />
  );
}
