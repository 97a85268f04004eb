// People: search as you type, filter by tags and company, load more with the cursor. The filters live in
// the address (?q=&tag=&company=), so Back and shared links keep them.
import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { usePeople } from '../api/people';
import { IconPlus } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { NoMatches, NoPeopleYet } from '../components/people/PeopleEmpty';
import { PeopleFilters } from '../components/people/PeopleFilters';
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

  const filter = { q: debouncedQ || undefined, tags, company: debouncedCompany || undefined };
  const filtering = Boolean(filter.q || filter.company || tags.length);
  const people = usePeople(filter);
  const items = people.data?.pages.flatMap((p) => p.items) ?? [];

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
        <PeopleFilters
          q={q}
          onQ={setQ}
          company={company}
          onCompany={setCompany}
          tags={tags}
          onTags={setTags}
          searchRef={searchRef}
        />
      </Paper>

      {people.isPending ? (
        <PageLoader label="Loading people" />
      ) : people.isError ? (
        <LoadError error={people.error} onRetry={() => void people.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder>{filtering ? <NoMatches onClear={clear} /> : <NoPeopleYet />}</Paper>
      ) : (
        <>
          <Group justify="space-between" gap="xs">
            <Text fz="sm" c="dimmed" role="status" aria-live="polite">
              {resultCount(items.length, people.hasNextPage, filtering)}
            </Text>
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
              <li key={person.id} style={{ listStyle: 'none' }}>
                <PersonRow person={person} />
              </li>
            ))}
          </Paper>
          <LoadMore list={people} />
        </>
      )}
    </Stack>
  );
}

function resultCount(n: number, more: boolean, filtering: boolean): string {
  const people = `${n} ${n === 1 ? 'person' : 'people'}`;
  if (more) return `Showing the first ${people}${filtering ? ' that match' : ''} — there are more`;
  return filtering ? `${people} match` : `${people} in your network`;
}
