// Where a contacts file is dropped, or chosen with a button (the keyboard way in).
import { Button, FileButton, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { IconUpload } from '../icons';

export const ACCEPT =
  '.vcf,.vcard,.csv,.txt,.ldif,.ldi,text/vcard,text/x-vcard,text/csv,text/plain,text/x-ldif,application/ldif';

export function FileDrop({ onFile, busy }: { onFile: (file: File) => void; busy?: boolean }) {
  const [over, setOver] = useState(false);
  return (
    <Paper
      p="xl"
      radius="md"
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
      component="section"
      aria-label="Drop a contacts file here"
      style={{
        border: `2px dashed var(--mantine-color-${over ? 'pine-6' : 'default-border'})`,
        background: over ? 'var(--mantine-color-pine-light)' : 'var(--mantine-color-body)',
        transition: 'background-color 120ms ease, border-color 120ms ease',
      }}
    >
      <Stack align="center" gap="sm">
        <Text fw={600} ta="center">
          Drop a contacts file here
        </Text>
        <Text fz="sm" c="dimmed" ta="center" maw={520}>
          A vCard (.vcf) from your phone, iCloud or Outlook; LinkedIn’s Connections.csv; a Google, Outlook or
          Thunderbird CSV export; an LDIF address book (.ldif); or any CSV with a header row.
        </Text>
        <FileButton onChange={(f) => f && onFile(f)} accept={ACCEPT}>
          {(props) => (
            <Button {...props} leftSection={<IconUpload size={16} />} loading={busy}>
              Choose a file
            </Button>
          )}
        </FileButton>
      </Stack>
    </Paper>
  );
}
