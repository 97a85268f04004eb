// Export people (vCard, CSV), download the full JSON backup, and restore a backup into an empty account.
import { Alert, Button, FileButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { restoredCount } from '../../../src/backup/restored-words';
import { exportUrl, useRestore } from '../api/backup';
import { errorMessage } from '../api/client';
import { usePeople } from '../api/people';
import type { RestoreResult } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { IconAlert, IconDownload, IconLock, IconUpload } from '../components/icons';
import { PageHeader } from '../components/PageHeader';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

export default function ExportPage() {
  return (
    <Stack gap="md" maw={860} mx="auto">
      <PageHeader
        title="Export and backup"
        description="Your network is yours: take it anywhere, any time."
      />
      <Section title="Export people">
        <Text fz="sm">
          Everyone’s contact details, tags and blurb, for a phone, another address book or a spreadsheet.
          Private notes, caveats and trust stay out.
        </Text>
        <Group gap="sm">
          <Button component="a" href={exportUrl('vcard')} download leftSection={<IconDownload size={16} />}>
            Download vCard (.vcf)
          </Button>
          <Button
            component="a"
            href={exportUrl('csv')}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
          >
            Download CSV
          </Button>
        </Group>
      </Section>
      <Section title="Full backup">
        <Text fz="sm">
          Everything in this account as one JSON file: people with their private notes and caveats, needs,
          offers, interactions, introductions with their consent logs, and settings. Restoring it gives back
          exactly this.
        </Text>
        <Group gap="xs" c="grape.8" wrap="nowrap">
          <IconLock size={16} />
          <Text fz="sm">It holds private information: keep it somewhere only you can open.</Text>
        </Group>
        <Button
          component="a"
          href={exportUrl('json')}
          download
          leftSection={<IconDownload size={16} />}
          style={{ alignSelf: 'flex-start' }}
        >
          Download backup (.json)
        </Button>
      </Section>
      <RestoreSection />
    </Stack>
  );
}

function RestoreSection() {
  const [file, setFile] = useState<File | null>(null);
  // The dialog keeps showing the name while it fades out after the file is cleared.
  const [fileName, setFileName] = useState('');
  const [result, setResult] = useState<RestoreResult | null>(null);
  const restore = useRestore();
  const people = usePeople({});
  const hasPeople = (people.data?.pages[0]?.items.length ?? 0) > 0;

  return (
    <Section title="Restore a backup">
      {/* After a restore the account has people: the warning would contradict the result below it. */}
      {!result && (
        <Alert color="orange" variant="light" icon={<IconAlert />} title="Only into an empty account">
          A backup is restored into an account with no people yet, so nothing is overwritten or doubled.
          {hasPeople && ' This account already has people, so a restore here will be refused.'}
        </Alert>
      )}
      {restore.error && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title="Not restored">
          {errorMessage(restore.error)}
        </Alert>
      )}
      {result && (
        <Alert color="pine" variant="light" title="Restored" role="status">
          <List size="sm">
            {Object.entries(result.tables)
              .filter(([, n]) => n > 0)
              .map(([table, n]) => (
                <List.Item key={table}>{restoredCount(table, n)}</List.Item>
              ))}
          </List>
        </Alert>
      )}
      <FileButton
        accept=".json,application/json"
        onChange={(f) => {
          restore.reset();
          setResult(null);
          setFile(f);
          if (f) setFileName(f.name);
        }}
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconUpload size={16} />}
            style={{ alignSelf: 'flex-start' }}
          >
            Choose a backup file…
          </Button>
        )}
      </FileButton>
      <ConfirmDialog
        opened={file !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        loading={restore.isPending}
        onClose={() => setFile(null)}
        onConfirm={() =>
          file &&
          restore.mutate(file, {
            onSuccess: (r) => {
              setResult(r);
              setFile(null);
            },
            onError: () => setFile(null),
          })
        }
      >
        Everything in “{fileName}” is added to this account: people, needs, offers, interactions,
        introductions and settings.
      </ConfirmDialog>
    </Section>
  );
}
