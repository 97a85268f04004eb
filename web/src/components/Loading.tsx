import { Alert, Button, Center, Loader, Stack } from '@mantine/core';
import { errorMessage } from '../api/client';
import { IconAlert } from './icons';

export function PageLoader({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center mih={200} role="status" aria-label={label}>
      <Loader size="sm" />
    </Center>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title="Could not load this" role="alert">
      <Stack gap="xs" align="flex-start">
        {errorMessage(error)}
        {onRetry && (
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
