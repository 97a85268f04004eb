import { Box, Group, Progress, Text } from '@mantine/core';

/** A suggestion's score (0…1) as a small meter with "N% match" beside it (a bare number said nothing), announced as "Match score, N out of 100". */
export function ScoreMeter({ score }: { score: number }) {
  const value = Math.round(score * 100);
  return (
    <Box
      role="meter"
      aria-label="Match score"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      aria-valuetext={`${value} out of 100`}
      style={{ flexShrink: 0 }}
    >
      <Group gap={6} wrap="nowrap">
        <Progress value={value} w={64} size="sm" color={value >= 60 ? 'pine' : 'gray'} aria-hidden />
        <Text fz="xs" c="dimmed" aria-hidden style={{ whiteSpace: 'nowrap' }}>
          {value}% match
        </Text>
      </Group>
    </Box>
  );
}
