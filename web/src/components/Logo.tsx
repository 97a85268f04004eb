import { Group, Text } from '@mantine/core';

/** The Linchpin mark: two people joined by a pin. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-pine-7)" />
        <circle cx="10" cy="16" r="4" fill="none" stroke="#fff" strokeWidth="2.5" />
        <circle cx="22" cy="16" r="4" fill="none" stroke="#fff" strokeWidth="2.5" />
        <path d="M14 16h4" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <Text fw={700} fz="lg" lh={1}>
        Linchpin
      </Text>
    </Group>
  );
}
