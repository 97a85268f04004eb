// Earlier imports, newest first, a page at a time ("Show more" follows the API's cursor); each opens its
// report.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePastImports } from '../../api/imports';
import { formatDateTime } from '../../lib/dates';
import { formatLabels, importStatusColors, importStatusLabels } from '../../lib/import-labels';
import { LoadError } from '../Loading';
import { LoadMore } from '../LoadMore';

const PAGE_SIZE = 20;

export function PastImports() {
  const list = usePastImports(PAGE_SIZE);
  if (list.isError) return <LoadError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="past-imports">
      <Title order={2} fz="h4" id="past-imports">
        Past imports
      </Title>
      <Paper
        withBorder
        p={0}
        component="ul"
        m={0}
        className="lp-list"
        aria-label="Past imports"
        style={{ overflow: 'hidden' }}
      >
        {items.map((j) => (
          <li key={j.id} style={{ listStyle: 'none' }}>
            <Link to={`/import/${j.id}`} className="lp-row" style={{ padding: '10px 16px' }}>
              <Group justify="space-between" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text fz="sm" fw={600} truncate>
                    {j.fileName}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {formatDateTime(j.createdAt)}
                    {j.format ? ` · ${formatLabels[j.format]}` : ''}
                  </Text>
                </Stack>
                <Group gap={6}>
                  <Text fz="xs" c="dimmed">
                    {j.counts.created} new · {j.counts.merged} merged · {j.counts.skipped} skipped
                    {j.counts.failed ? ` · ${j.counts.failed} failed` : ''}
                  </Text>
                  {j.dryRun && (
                    <Badge size="sm" color="grape" variant="light">
                      Dry run
                    </Badge>
                  )}
                  <Badge size="sm" color={importStatusColors[j.status]} variant="light">
                    {importStatusLabels[j.status]}
                  </Badge>
                </Group>
              </Group>
            </Link>
          </li>
        ))}
      </Paper>
      <LoadMore list={list} label="Show more" />
    </Stack>
  );
}
