import { Group, Loader, Text } from '@mantine/core';

/**
 * Shown while the server says suggestions are still being worked out (the lists poll meanwhile), so what
 * is on the screen is never taken for current when it is not.
 */
export function UpdatingNotice({ updating, compact = false }: { updating: boolean; compact?: boolean }) {
  if (!updating) return null;
  return (
    <Group gap={6} role="status" aria-label="Updating suggestions" wrap="nowrap">
      <Loader size={compact ? 10 : 14} />
      <Text fz={compact ? 'xs' : 'sm'} c="dimmed">
        Updating…{compact ? '' : ' recent changes are being matched; this list may still change.'}
      </Text>
    </Group>
  );
}
