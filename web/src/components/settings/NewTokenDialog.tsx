// Shows a freshly created API token once, with a copy button: the server keeps only its hash.
import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import type { CreatedApiToken } from '../../api/types';
import { IconAlert, IconCheck, IconCopy } from '../icons';

export function NewTokenDialog({
  token,
  opened,
  onClose,
}: {
  token: CreatedApiToken | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal opened={opened && token !== null} onClose={onClose} title="Your new API token" size="lg" centered>
      {token && (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlert />}>
            Copy it now. It is shown only once; if you lose it, revoke it and create another.
          </Alert>
          <Code block aria-label="API token" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {token.token}
          </Code>
          <Text fz="sm" c="dimmed">
            Send it as <Code>Authorization: Bearer &lt;token&gt;</Code>. The API is described at{' '}
            <Code>/api/openapi.json</Code>.
          </Text>
          <Group justify="flex-end">
            <CopyButton value={token.token}>
              {({ copied, copy }) => (
                <Button
                  data-autofocus
                  variant={copied ? 'light' : 'filled'}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy token'}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
