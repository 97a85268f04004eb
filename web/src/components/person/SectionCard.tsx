import { Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { IconPlus } from '../icons';

/** A titled card on the person page with an optional count and "Add …" button. */
export function SectionCard({
  title,
  count,
  addLabel,
  onAdd,
  children,
  badge,
  style,
}: {
  title: string;
  count?: number;
  addLabel?: string;
  onAdd?: () => void;
  children: ReactNode;
  badge?: ReactNode;
  style?: React.CSSProperties;
}) {
  const id = `card-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id} style={style}>
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Group gap={8}>
            <Title order={2} fz="h4" id={id}>
              {title}
            </Title>
            {count !== undefined && count > 0 && (
              <Badge variant="light" color="gray" size="sm" circle={count < 10}>
                {count}
              </Badge>
            )}
            {badge}
          </Group>
          {onAdd && (
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={onAdd}>
              {addLabel}
            </Button>
          )}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
