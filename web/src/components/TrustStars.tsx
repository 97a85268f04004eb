import { Group, Text, Tooltip } from '@mantine/core';
import { IconStar } from './icons';

/** The connector's own trust (1–5) as five stars, with the number for screen readers. */
export function TrustStars({ trust, size = 14 }: { trust: number | null; size?: number }) {
  if (trust === null) {
    return (
      <Text fz="xs" c="dimmed">
        Trust not set
      </Text>
    );
  }
  return (
    <Tooltip label={`Trust ${trust} of 5`} withArrow>
      <Group gap={1} wrap="nowrap" role="img" aria-label={`Trust ${trust} of 5`}>
        {[1, 2, 3, 4, 5].map((n) => (
          <IconStar
            key={n}
            size={size}
            fill={n <= trust ? 'var(--mantine-color-yellow-5)' : 'none'}
            stroke={n <= trust ? 'var(--mantine-color-yellow-6)' : 'var(--mantine-color-gray-5)'}
          />
        ))}
      </Group>
    </Tooltip>
  );
}
