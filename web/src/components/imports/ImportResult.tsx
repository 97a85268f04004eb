// One import as it runs and when it is done: a progress bar (polling the API), then the counts and the
// per-record report.
import { Alert, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FINISHED, useImport } from '../../api/imports';
import type { ImportDetail, ImportRecordReport } from '../../api/types';
import {
  dryRunOutcomeLabels,
  formatBytes,
  formatLabels,
  importStatusColors,
  importStatusLabels,
  outcomeColors,
  outcomeLabels,
} from '../../lib/import-labels';
import { IconAlert } from '../icons';
import { LoadError, PageLoader } from '../Loading';
import { RecordReport } from './RecordReport';

export function ImportResult({ id }: { id: string }) {
  const job = useImport(id);
  if (job.isPending) return <PageLoader label="Loading the import" />;
  if (job.isError) return <LoadError error={job.error} onRetry={() => void job.refetch()} />;
  const j = job.data;
  const done = FINISHED.includes(j.status);
  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-label="Import progress">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {j.fileName}
              </Text>
              <Text fz="xs" c="dimmed">
                {j.format ? formatLabels[j.format] : 'Format not known yet'} · {formatBytes(j.fileBytes)}
              </Text>
            </Stack>
            <Group gap="xs">
              {j.dryRun && (
                <Badge color="grape" variant="light">
                  Dry run
                </Badge>
              )}
              <Badge
                color={importStatusColors[j.status]}
                variant="filled"
                aria-label={`Status: ${importStatusLabels[j.status]}`}
              >
                {importStatusLabels[j.status]}
              </Badge>
            </Group>
          </Group>
          <ProgressLine job={j} />
          {j.status === 'failed' && j.error && (
            <Alert color="red" variant="light" icon={<IconAlert />} title="The import stopped" role="alert">
              {j.error}
            </Alert>
          )}
          {j.status === 'interrupted' && (
            <Alert color="orange" variant="light" icon={<IconAlert />} title="The import was interrupted">
              The server stopped while it ran. Import the same file again: what was already imported is
              recognised, and the rest is added.
            </Alert>
          )}
          {done && j.dryRun && (
            <Alert color="grape" variant="light" title="Nothing was written">
              This was a dry run: it shows what an import of this file would do. Import it for real when it
              looks right.
            </Alert>
          )}
        </Stack>
      </Paper>
      {done && <Counts job={j} />}
      {done && (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="report-title">
          <Title order={2} fz="h4" mb="sm" id="report-title">
            Record by record
          </Title>
          <RecordReport job={j} />
        </Paper>
      )}
    </Stack>
  );
}

const records = (n: number) => (n === 1 ? 'record' : 'records');

function ProgressLine({ job }: { job: ImportDetail }) {
  const { processed, total } = job.progress;
  const done = FINISHED.includes(job.status);
  const value = total ? Math.min(100, Math.round((processed / total) * 100)) : done ? 100 : 0;
  const label = total === null ? 'Reading the file…' : `${processed} of ${total} ${records(total)}`;
  return (
    <Stack gap={4}>
      <Progress
        value={total === null && !done ? 100 : value}
        animated={!done}
        striped={!done}
        size="lg"
        aria-label="Import progress"
        color={job.status === 'failed' ? 'red' : 'pine'}
      />
      <Text fz="sm" c="dimmed" role="status" aria-live="polite">
        {done ? `${processed} ${records(processed)} read` : label}
      </Text>
    </Stack>
  );
}

function Counts({ job }: { job: ImportDetail }) {
  const labels = job.dryRun ? dryRunOutcomeLabels : outcomeLabels;
  const kinds: ImportRecordReport['outcome'][] = ['created', 'merged', 'skipped', 'failed'];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" aria-label="Summary" role="list">
      {kinds.map((k) => (
        <Paper key={k} withBorder p="md" role="listitem" aria-label={`${labels[k]}: ${job.counts[k]}`}>
          <Text fz={28} fw={700} c={job.counts[k] ? `${outcomeColors[k]}.7` : 'dimmed'} lh={1.1}>
            {job.counts[k]}
          </Text>
          <Text fz="sm" c="dimmed">
            {labels[k]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
