// The network picture: people as dots, introductions (coloured by outcome) and referrals as lines, drawn
// with WebGL and arranged off the main thread. Filters narrow what the server sends; the search box focuses
// a person and their neighbours; clicking a person opens them.
import { Anchor, Badge, Button, Group, Loader, Paper, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type NetworkNode, useNetwork } from '../api/network';
import { LoadError, PageLoader } from '../components/Loading';
import { isFiltered, type NetworkFilters, NO_FILTERS, networkQuery } from '../components/network/filters';
import { type LayoutStatus, NetworkCanvas } from '../components/network/NetworkCanvas';
import { NetworkFilterBar } from '../components/network/NetworkFilterBar';
import { NetworkLegend } from '../components/network/NetworkLegend';
import { PageHeader } from '../components/PageHeader';

export default function NetworkPage() {
  const [filters, setFilters] = useState<NetworkFilters>(NO_FILTERS);
  const [focused, setFocused] = useState<string | null>(null);
  const [layout, setLayout] = useState<LayoutStatus>('running');
  const network = useNetwork(networkQuery(filters));
  const navigate = useNavigate();
  const data = network.data;
  const people = useMemo(() => (data?.nodes ?? []).map((n) => ({ value: n.id, label: n.name })), [data]);
  const focusedNode = data?.nodes.find((n) => n.id === focused) ?? null;
  const counts = useMemo(() => {
    const edges = data?.edges ?? [];
    const referrals = edges.filter((e) => e.kind === 'referral').length;
    return { people: data?.nodes.length ?? 0, introductions: edges.length - referrals, referrals };
  }, [data]);

  return (
    <Stack gap="md">
      <PageHeader
        title="Network"
        description="Your people and the introductions and referrals between them. Click a person to open them."
      />
      <Paper withBorder p="sm">
        <NetworkFilterBar value={filters} onChange={setFilters} />
      </Paper>
      {network.isPending ? (
        <PageLoader label="Loading the network" />
      ) : network.isError ? (
        <LoadError error={network.error} onRetry={() => void network.refetch()} />
      ) : data && data.nodes.length === 0 ? (
        <EmptyNetwork
          filtered={isFiltered(filters)}
          everyone={filters.everyone}
          onClear={() => setFilters(NO_FILTERS)}
          onEveryone={() => setFilters({ ...filters, everyone: true })}
        />
      ) : data ? (
        <>
          <Group justify="space-between" align="flex-end" gap="sm">
            <Select
              label="Find a person"
              placeholder="Name"
              data={people}
              value={focused}
              onChange={setFocused}
              searchable
              clearable
              limit={20}
              w={280}
              nothingFoundMessage="Nobody by that name in this picture"
            />
            <Group gap="sm" aria-live="polite">
              <Text fz="sm" c="dimmed">
                {counts.people} {counts.people === 1 ? 'person' : 'people'}, {counts.introductions}{' '}
                {counts.introductions === 1 ? 'introduction' : 'introductions'}, {counts.referrals}{' '}
                {counts.referrals === 1 ? 'referral' : 'referrals'}
              </Text>
              {layout === 'running' ? (
                <Group gap={6}>
                  <Loader size="xs" />
                  <Text fz="sm">Arranging the picture…</Text>
                </Group>
              ) : (
                <Text fz="sm" c="dimmed">
                  Arranged
                </Text>
              )}
            </Group>
          </Group>
          {focusedNode && <FocusedPerson node={focusedNode} onClear={() => setFocused(null)} />}
          <Paper withBorder style={{ overflow: 'hidden' }}>
            <NetworkCanvas
              data={data}
              focused={focused}
              onOpen={(id) => navigate(`/people/${id}`)}
              onLayout={setLayout}
              label={`Network picture of ${counts.people} people`}
            />
          </Paper>
          <NetworkLegend />
        </>
      ) : null}
    </Stack>
  );
}

function FocusedPerson({ node, onClear }: { node: NetworkNode; onClear: () => void }) {
  return (
    <Paper withBorder p="sm" aria-label="Focused person">
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Anchor component={Link} to={`/people/${node.id}`} fw={600}>
            {node.name}
          </Anchor>
          <Text fz="sm" c="dimmed">
            {node.degree} {node.degree === 1 ? 'connection' : 'connections'} here
          </Text>
          {node.tags.slice(0, 5).map((t) => (
            <Badge key={t} variant="light" size="sm">
              {t}
            </Badge>
          ))}
        </Group>
        <Button size="xs" variant="default" onClick={onClear}>
          Show everyone again
        </Button>
      </Group>
    </Paper>
  );
}

function EmptyNetwork({
  filtered,
  everyone,
  onClear,
  onEveryone,
}: {
  filtered: boolean;
  everyone: boolean;
  onClear: () => void;
  onEveryone: () => void;
}) {
  if (filtered)
    return (
      <Paper withBorder p="lg">
        <Stack gap="xs" align="flex-start">
          <Text fw={600}>Nothing matches these filters</Text>
          <Text fz="sm" c="dimmed">
            No introduction or referral fits this tag, time range and outcome together. Widen the range or
            clear the filters to see the whole picture.
          </Text>
          <Button variant="light" onClick={onClear}>
            Clear filters
          </Button>
        </Stack>
      </Paper>
    );
  return (
    <Paper withBorder p="lg">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>{everyone ? 'No people yet' : 'No introductions or referrals yet'}</Text>
        <Text fz="sm" c="dimmed">
          {everyone
            ? 'Add or import the people you know; then each introduction you make draws a line between two of them.'
            : 'This picture draws your people as dots and every introduction you make — coloured by how it turned out — and every referral as a line between them. Propose a first introduction and it appears here.'}
        </Text>
        <Group gap="sm">
          {everyone ? (
            <>
              <Button component={Link} to="/people/new" variant="light">
                Add a person
              </Button>
              <Button component={Link} to="/import" variant="default">
                Import contacts
              </Button>
            </>
          ) : (
            <>
              <Button component={Link} to="/introductions/new" variant="light">
                Propose an introduction
              </Button>
              <Button variant="default" onClick={onEveryone}>
                Show everyone anyway
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
