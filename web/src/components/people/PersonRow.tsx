import { Box, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Person } from '../../api/types';
import { PersonAvatar } from '../person/PersonAvatar';
import { KeepInTouchBadge } from '../relationship/KeepInTouchBadge';
import { StrengthMeter } from '../relationship/StrengthMeter';
import { TagBadges } from '../TagBadges';
import { TrustStars } from '../TrustStars';

export function roleLine(p: Pick<Person, 'title' | 'company'>): string {
  if (p.title && p.company) return `${p.title} at ${p.company}`;
  return p.title || p.company;
}

/** One person in the list; the whole row is the link to their page. */
export function PersonRow({ person }: { person: Person }) {
  const role = roleLine(person);
  return (
    <Box component={Link} to={`/people/${person.id}`} className="lp-row" px="md" py="sm">
      <Group wrap="nowrap" gap="md" align="flex-start">
        <PersonAvatar name={person.name} aria-hidden />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          {/* On a phone the indicators take a line of their own rather than the name's room. */}
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600} truncate style={{ flex: '1 1 10rem', minWidth: 0 }}>
              {person.name}
            </Text>
            <Group gap="sm" wrap="wrap" style={{ maxWidth: '100%' }}>
              <KeepInTouchBadge state={person.keepInTouch} size="xs" />
              <StrengthMeter strength={person.strength} reasons={person.strengthReasons} />
              <TrustStars trust={person.trust} size={12} />
            </Group>
          </Group>
          {(role || person.location) && (
            <Text fz="sm" c="dimmed" lineClamp={1}>
              {[role, person.location].filter(Boolean).join(' · ')}
            </Text>
          )}
          <TagBadges tags={person.tags} max={5} size="xs" />
        </Stack>
      </Group>
    </Box>
  );
}
