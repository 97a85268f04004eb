// One import: its progress while it runs, then its summary and per-record report.
import { Anchor, Button, Group, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { IconArrowLeft, IconPlus } from '../components/icons';
import { ImportResult } from '../components/imports/ImportResult';
import { PageHeader } from '../components/PageHeader';

export default function ImportDetailPage() {
  const id = useParams().id!;
  return (
    <Stack gap={0} maw={960} mx="auto">
      <Anchor component={Link} to="/import" fz="sm" c="dimmed" mb="xs" style={{ alignSelf: 'flex-start' }}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> Import
        </Group>
      </Anchor>
      <PageHeader
        title="Import"
        actions={
          <Group gap="sm">
            <Button component={Link} to="/people" variant="default">
              See people
            </Button>
            <Button component={Link} to="/import" leftSection={<IconPlus size={16} />}>
              Import another file
            </Button>
          </Group>
        }
      />
      <ImportResult id={id} />
    </Stack>
  );
}
