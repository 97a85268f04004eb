import { Button, CloseButton, Group, Kbd, MultiSelect, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type RefObject, useState } from 'react';
import { useTags } from '../../api/people';
import { IconBuilding, IconSearch } from '../icons';

interface Props {
  q: string;
  onQ: (q: string) => void;
  company: string;
  onCompany: (company: string) => void;
  tags: string[];
  onTags: (tags: string[]) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

export const PEOPLE_SEARCH_ID = 'people-search';

export function PeopleFilters({ q, onQ, company, onCompany, tags, onTags, searchRef }: Props) {
  const tagList = useTags();
  const tagOptions = (tagList.data ?? []).map((t) => ({ value: t.tag, label: `${t.tag} (${t.count})` }));
  // Keep selected tags selectable even before the tag list has loaded.
  for (const t of tags) if (!tagOptions.some((o) => o.value === t)) tagOptions.push({ value: t, label: t });
  // On phones the tag and company filters fold away behind a button, unless one is in use.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const [unfolded, setUnfolded] = useState(false);
  const active = tags.length + (company ? 1 : 0);
  const showFilters = wide || unfolded || active > 0;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Find people">
      <TextInput
        id={PEOPLE_SEARCH_ID}
        ref={searchRef}
        label="Search"
        placeholder="Name, company, tag, blurb, needs, offers…"
        value={q}
        onChange={(e) => onQ(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && q) onQ('');
        }}
        leftSection={<IconSearch size={16} />}
        rightSection={
          q ? (
            <CloseButton size="sm" aria-label="Clear search" onClick={() => onQ('')} />
          ) : wide ? (
            <Kbd size="xs" aria-hidden title="Press / to search">
              /
            </Kbd>
          ) : null
        }
        type="search"
        autoComplete="off"
        style={{ flex: '3 1 220px' }}
      />
      {!showFilters && (
        <Button variant="default" onClick={() => setUnfolded(true)} aria-expanded={false}>
          Filters
        </Button>
      )}
      {showFilters && (
        <>
          <MultiSelect
            label="Tags"
            placeholder={tags.length ? undefined : 'Any tag'}
            data={tagOptions}
            value={tags}
            onChange={onTags}
            searchable
            clearable
            nothingFoundMessage={tagList.isPending ? 'Loading tags…' : 'No such tag'}
            style={{ flex: '2 1 200px' }}
            comboboxProps={{ shadow: 'md' }}
          />
          <TextInput
            label="Company"
            placeholder="Any company"
            value={company}
            onChange={(e) => onCompany(e.currentTarget.value)}
            leftSection={<IconBuilding size={16} />}
            rightSection={
              company ? (
                <CloseButton size="sm" aria-label="Clear company" onClick={() => onCompany('')} />
              ) : null
            }
            style={{ flex: '1 1 180px' }}
          />
        </>
      )}
    </Group>
  );
}
