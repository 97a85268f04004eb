import { Badge, Group } from '@mantine/core';

export function TagBadges({
  tags,
  max,
  size = 'sm',
}: {
  tags: string[];
  max?: number;
  size?: 'xs' | 'sm' | 'md';
}) {
  if (tags.length === 0) return null;
  const shown = max === undefined ? tags : tags.slice(0, max);
  const rest = tags.length - shown.length;
  return (
    <Group gap={4} wrap="wrap">
      {shown.map((t) => (
        <Badge key={t} size={size} variant="light" color="gray" tt="none" fw={500}>
          {t}
        </Badge>
      ))}
      {rest > 0 && (
        <Badge size={size} variant="transparent" color="gray" tt="none" fw={500}>
          +{rest} more
        </Badge>
      )}
    </Group>
  );
}
