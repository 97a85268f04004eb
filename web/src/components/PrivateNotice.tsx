import { Badge, Group, Text } from '@mantine/core';
import { IconLock } from './icons';

/** Marks information that stays in this account: never in an introduction, never in an email. */
export function PrivateBadge() {
  return (
    <Badge color="grape" variant="light" leftSection={<IconLock size={12} />} radius="sm">
      Private
    </Badge>
  );
}

export function PrivateNote({ children = 'Never leaves your account.' }: { children?: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <PrivateBadge />
      <Text fz="xs" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}
