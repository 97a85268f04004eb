// A secret address shown the one time it is made (only its hash is kept): the calendar feed, the
// public request link. Selecting the field selects it all; Copy copies it.
import { Alert, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { IconAlert, IconCheck, IconCopy } from '../icons';

export function ShownOnceUrl({ label, url }: { label: string; url: string }) {
  return (
    <Stack gap="xs">
      <Alert color="yellow" variant="light" icon={<IconAlert />}>
        Copy the address now: it is shown only once.
      </Alert>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          value={url}
          readOnly
          style={{ flex: 1 }}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'filled'}
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={copy}
            >
              {copied ? 'Copied' : 'Copy'}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
