// The per-record report of an import, a page at a time: line numbers, what happened, why, conflicts
// (what was kept and what was not applied) and possible duplicates.
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { type RecordFilter, useImportRecords } from '../../api/imports';
import type { ImportDetail, ImportRecordReport } from '../../api/types';
import { dryRunOutcomeLabels, lineRange, outcomeColors, outcomeLabels } from '../../lib/import-labels';
import { LoadError, PageLoader } from '../Loading';

const FILTERS: { value: RecordFilter; label: string }[] = [
  { value: 'attention', label: 'Needs attention' },
  { value: 'all', label: 'All' },
  { value: 'created', label: 'Created' },
  { value: 'merged', label: 'Merged' },
  { value: 'skipped', label: 'Skipped' },
  { value: 'failed', label: 'Failed' },
];

export function RecordReport({ job }: { job: ImportDetail }) {
  const [filter, setFilter] = useState<RecordFilter>(job.report.length ? 'attention' : 'all');
  // Cursors of the pages before the current one, so "Previous" can go back.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const page = useImportRecords(job.id, filter, cursor, true);
  const items = page.data?.items ?? [];
  const choose = (f: RecordFilter) => {
    setFilter(f);
    setCursors([undefined]);
  };

  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label="Show records"
        data={FILTERS}
        value={filter}
        onChange={(v) => choose(v as RecordFilter)}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      {page.isPending ? (
        <PageLoader label="Loading the report" />
      ) : page.isError ? (
        <LoadError error={page.error} onRetry={() => void page.refetch()} />
      ) : items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {filter === 'attention' ? 'Nothing needs your attention.' : 'No records here.'}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" p={0} m={0} aria-label="Import report">
          {items.map((r) => (
            <RecordRow key={r.seq} record={r} dryRun={job.dryRun} />
          ))}
        </Stack>
      )}
      {(cursors.length > 1 || page.data?.nextCursor) && (
        <Group justify="space-between">
          <Button
            variant="default"
            disabled={cursors.length <= 1}
            onClick={() => setCursors((c) => c.slice(0, -1))}
          >
            Previous
          </Button>
          <Text fz="sm" c="dimmed">
            Page {cursors.length}
          </Text>
          <Button
            variant="default"
            disabled={!page.data?.nextCursor}
            loading={page.isFetching}
            onClick={() => setCursors((c) => [...c, page.data?.nextCursor ?? undefined])}
          >
            Next
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function RecordRow({ record: r, dryRun }: { record: ImportRecordReport; dryRun: boolean }) {
  const labels = dryRun ? dryRunOutcomeLabels : outcomeLabels;
  return (
    <Paper component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600} fz="sm">
              {r.personId && !dryRun ? (
                <Anchor component={Link} to={`/people/${r.personId}`} inherit>
                  {r.name || '(no name)'}
                </Anchor>
              ) : (
                r.name || '(no name)'
              )}
            </Text>
            <Badge size="sm" variant="light" color={outcomeColors[r.outcome]} tt="none">
              {labels[r.outcome]}
            </Badge>
          </Group>
          <Text fz="xs" c="dimmed">
            Record {r.seq}, {lineRange(r.lines)}
          </Text>
        </Group>
        {r.reasons.length > 0 && (
          <List size="sm" spacing={2}>
            {r.reasons.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        )}
        {r.warnings.length > 0 && (
          <List size="sm" spacing={2} c="orange.8">
            {r.warnings.map((x) => (
              <List.Item key={x}>{x}</List.Item>
            ))}
          </List>
        )}
        {r.conflicts.length > 0 && (
          <Table.ScrollContainer minWidth={420}>
            <Table fz="sm" withTableBorder verticalSpacing={4} aria-label={`Conflicts for ${r.name}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Field</Table.Th>
                  <Table.Th>Kept</Table.Th>
                  <Table.Th>In the file (not applied)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.conflicts.map((c) => (
                  <Table.Tr key={`${c.field}:${c.incoming}`}>
                    <Table.Td>{c.field}</Table.Td>
                    <Table.Td>{c.existing}</Table.Td>
                    <Table.Td>{c.incoming}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {r.possibleDuplicates.length > 0 && (
          <Text fz="sm">
            Possibly the same as{' '}
            {r.possibleDuplicates.map((d, i) => (
              <span key={d.personId}>
                {i > 0 && ', '}
                <Anchor component={Link} to={`/people/${d.personId}`}>
                  {d.name}
                </Anchor>{' '}
                <Text span fz="xs" c="dimmed">
                  ({d.reason})
                </Text>
              </span>
            ))}
            .{' '}
            <Anchor component={Link} to="/duplicates">
              Review possible duplicates
            </Anchor>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
