import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled block of the person form. */
export function Section({
  title,
  description,
  children,
  badge,
  tone,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  badge?: ReactNode;
  tone?: 'private';
}) {
  const id = `section-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby={id}
      style={tone === 'private' ? { borderColor: 'var(--mantine-color-grape-3)' } : undefined}
    >
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" id={id} style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            {title} {badge}
          </Title>
          {description && (
            <Text fz="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
