// People: search as you type, filter by tags, company, source, open needs and open introductions, sort,
// load more with the cursor, and act on many at once. The filters and order live in the address
// (?q=&tag=&company=&source=&need=1&intro=1&sort=&dir=), so Back and shared links keep them.
import { Button, Checkbox, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { filterQuery, type PeopleFilter, usePeople } from '../api/people';
import type { PeopleSort, SortDirection } from '../api/types';
import { IconPlus } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { BulkBar } from '../components/people/BulkBar';
import { NoMatches, NoPeopleYet } from '../components/people/PeopleEmpty';
import { PeopleFilters } from '../components/people/PeopleFilters';
import {
  DEFAULT_DIRECTION,
  DIRECTIONS,
  PeopleListControls,
  SORTS,
} from '../components/people/PeopleListControls';
import { PersonRow } from '../components/people/PersonRow';

const DEBOUNCE_MS = 250;

export default function PeoplePage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const searchRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState(params.get('q') ?? '');
  const [company, setCompany] = useState(params.get('company') ?? '');
  const tags = params.getAll('tag');
  const [debouncedQ] = useDebouncedValue(q.trim(), DEBOUNCE_MS);
  const [debouncedCompany] = useDebouncedValue(company.trim(), DEBOUNCE_MS);

  // The "/" shortcut from another page lands here asking for the search box.
  useEffect(() => {
    if ((location.state as { focusSearch?: boolean } | null)?.focusSearch) searchRef.current?.focus();
  }, [location.state]);

  // Mirror the debounced text filters into the address without adding history entries per keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced values drive this
  useEffect(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of [
          ['q', debouncedQ],
          ['company', debouncedCompany],
        ] as const) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  }, [debouncedQ, debouncedCompany]);

  const setTags = (next: string[]) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        p.delete('tag');
        for (const t of next) p.append('tag', t);
        return p;
      },
      { replace: true },
    );

  const setParam = (key: string, value: string | undefined) =>
    setParams(
      (prev) => {
        const p = new URLSearchParams(prev);
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );

  const sort: PeopleSort = SORTS.find((s) => s === params.get('sort')) ?? 'name';
  const direction: SortDirection = DIRECTIONS.find((d) => d === params.get('dir')) ?? DEFAULT_DIRECTION[sort];
  const filter: PeopleFilter = {
    q: debouncedQ || undefined,
    tags,
    company: debouncedCompany || undefined,
    source: params.get('source') ?? undefined,
    hasOpenNeed: params.get('need') === '1' || undefined,
    inOpenIntroduction: params.get('intro') === '1' || undefined,
  };
  const filtering = Boolean(
    filter.q ||
      filter.company ||
      tags.length ||
      filter.source ||
      filter.hasOpenNeed ||
      filter.inOpenIntroduction,
  );
  const people = usePeople(filter, { sort, direction });
  const items = people.data?.pages.flatMap((p) => p.items) ?? [];
  const total = people.data?.pages[0]?.total ?? 0;

  // What is selected: ticked rows, or everyone the filters match. A new filter starts a new selection.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const filterKey = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter's value, not its identity, resets it
  useEffect(() => {
    setSelected(new Set());
    setAllMatching(false);
  }, [filterKey]);
  const toggle = (id: string, on: boolean) => {
    setAllMatching(false);
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const clearSelection = () => {
    setSelected(new Set());
    setAllMatching(false);
  };
  const allShown = items.length > 0 && items.every((p) => selected.has(p.id));

  const clear = () => {
    setQ('');
    setCompany('');
    setParams(new URLSearchParams(), { replace: true });
    searchRef.current?.focus();
  };

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <PageHeader
        title="People"
        description="Everyone in your network. Press / to search."
        actions={
          <Button component={Link} to="/people/new" leftSection={<IconPlus size={16} />}>
            Add person
          </Button>
        }
      />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <PeopleFilters
            q={q}
            onQ={setQ}
            company={company}
            onCompany={setCompany}
            tags={tags}
            onTags={setTags}
            searchRef={searchRef}
          />
          <PeopleListControls
            sort={sort}
            direction={direction}
            onOrder={(s, d) =>
              setParams(
                (prev) => {
                  const p = new URLSearchParams(prev);
                  p.set('sort', s);
                  p.set('dir', d);
                  return p;
                },
                { replace: true },
              )
            }
            searching={Boolean(filter.q)}
            source={filter.source}
            onSource={(v) => setParam('source', v)}
            hasOpenNeed={Boolean(filter.hasOpenNeed)}
            onHasOpenNeed={(on) => setParam('need', on ? '1' : undefined)}
            inOpenIntroduction={Boolean(filter.inOpenIntroduction)}
            onInOpenIntroduction={(on) => setParam('intro', on ? '1' : undefined)}
          />
        </Stack>
      </Paper>

      {(selected.size > 0 || allMatching) && (
        <BulkBar
          count={allMatching ? total : selected.size}
          allMatching={allMatching}
          total={total}
          onSelectAllMatching={() => setAllMatching(true)}
          onClear={clearSelection}
          target={() => (allMatching ? { filter: filterQuery(filter) } : { ids: [...selected] })}
        />
      )}

      {people.isPending ? (
        <PageLoader label="Loading people" />
      ) : people.isError ? (
        <LoadError error={people.error} onRetry={() => void people.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder>{filtering ? <NoMatches onClear={clear} /> : <NoPeopleYet />}</Paper>
      ) : (
        <>
          <Group justify="space-between" gap="xs">
            <Group gap="sm">
              <Checkbox
                aria-label="Select everyone shown"
                checked={allMatching || allShown}
                indeterminate={!allMatching && !allShown && selected.size > 0}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setAllMatching(false);
                  setSelected(on ? new Set(items.map((p) => p.id)) : new Set());
                }}
              />
              <Text fz="sm" c="dimmed" role="status" aria-live="polite">
                {resultCount(items.length, total, filtering)}
              </Text>
            </Group>
            {people.isFetching && !people.isFetchingNextPage && <Loader size="xs" aria-label="Updating" />}
          </Group>
          <Paper
            withBorder
            className="lp-list"
            style={{ overflow: 'hidden' }}
            component="ul"
            p={0}
            m={0}
            aria-label="People"
          >
            {items.map((person) => (
              <li key={person.id} style={{ listStyle: 'none', display: 'flex', alignItems: 'center' }}>
                <Checkbox
                  pl="md"
                  aria-label={`Select ${person.name}`}
                  checked={allMatching || selected.has(person.id)}
                  onChange={(e) => toggle(person.id, e.currentTarget.checked)}
                />
                <div style={{ flex: 1, minWidth: 0 }}>
                  <PersonRow person={person} />
                </div>
              </li>
            ))}
          </Paper>
          <LoadMore list={people} />
        </>
      )}
    </Stack>
  );
}

function resultCount(shown: number, total: number, filtering: boolean): string {
  const people = `${total.toLocaleString()} ${total === 1 ? 'person' : 'people'}`;
  const all = filtering ? `${people} match` : `${people} in your network`;
  return shown < total ? `${all} · showing ${shown.toLocaleString()}` : all;
}
