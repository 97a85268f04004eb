import { Group, List, Progress, Stack, Text, Tooltip } from '@mantine/core';

const colorOf = (score: number) => (score >= 60 ? 'pine' : score >= 25 ? 'yellow' : 'gray');

/** The reasons as words: one is a sentence, several a list (a bullet list of one read as a stray mark). */
function Reasons({ reasons }: { reasons: string[] }) {
  if (reasons.length === 1) return <Text fz="sm">{reasons[0]}</Text>;
  return (
    <List size="sm" spacing={2} aria-label="Why this strength">
      {reasons.map((r) => (
        <List.Item key={r}>{r}</List.Item>
      ))}
    </List>
  );
}

/**
 * Strength as a number and a bar; its reasons listed below (`detailed`) or in a tooltip. At 0 an empty bar
 * and a lone "0" say nothing to a person, so the reason stands in for them ("No contact logged yet").
 */
export function StrengthMeter({
  strength,
  reasons,
  detailed = false,
}: {
  strength: number;
  reasons: string[];
  detailed?: boolean;
}) {
  if (strength === 0) {
    if (detailed) {
      return (
        <Text fz="sm" c="dimmed">
          Grows with each contact you log.
        </Text>
      );
    }
    const words = reasons.length === 1 ? reasons[0] : 'No recent contact';
    return (
      <Tooltip label={reasons.join(' · ')} withArrow multiline maw={280} disabled={reasons.length < 2}>
        <Text fz="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {words}
        </Text>
      </Tooltip>
    );
  }
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
      <Tooltip label={reasons.join(' · ')} withArrow multiline maw={280} disabled={reasons.length === 0}>
        {bar}
      </Tooltip>
    );
  }
  return (
    <Stack gap={4}>
      {bar}
      {reasons.length > 0 && <Reasons reasons={reasons} />}
    </Stack>
  );
}
