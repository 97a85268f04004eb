import { Group, List, Progress, Stack, Text, Tooltip } from '@mantine/core';

const colorOf = (score: number) => (score >= 60 ? 'pine' : score >= 25 ? 'yellow' : 'gray');

/** Strength as a number and a bar; its reasons listed below (`detailed`) or in a tooltip. */
export function StrengthMeter({
  strength,
  reasons,
  detailed = false,
}: {
  strength: number;
  reasons: string[];
  detailed?: boolean;
}) {
  const bar = (
    <Group gap={8} wrap="nowrap" aria-label={`Relationship strength ${strength} of 100`}>
      <Progress value={strength} color={colorOf(strength)} w={detailed ? 120 : 56} size="sm" aria-hidden />
      {/* nowrap: the app lets long words break anywhere, which squeezed "17" onto two lines in narrow cells. */}
      <Text fz={detailed ? 'sm' : 'xs'} fw={600} aria-hidden style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
        {strength}
      </Text>
    </Group>
  );
  if (!detailed) {
    return (
      <Tooltip label={reasons.join(' · ') || 'No contact logged yet'} withArrow multiline maw={280}>
        {bar}
      </Tooltip>
    );
  }
  return (
    <Stack gap={4}>
      {bar}
      <List size="sm" spacing={2} aria-label="Why this strength">
        {reasons.map((r) => (
          <List.Item key={r}>{r}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
