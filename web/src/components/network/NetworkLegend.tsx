import { ColorSwatch, Group, Text } from '@mantine/core';
import { legend } from './edge-style';

export function NetworkLegend() {
  return (
    <Group gap="md" component="ul" aria-label="Legend" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {legend.map((e) => (
        <Group key={e.label} gap={6} component="li" wrap="nowrap">
          <ColorSwatch color={e.colour} size={12} withShadow={false} aria-hidden />
          <Text fz="xs">{e.label}</Text>
        </Group>
      ))}
      <Text component="li" fz="xs" c="dimmed">
        Larger dots: more connections
      </Text>
    </Group>
  );
}
