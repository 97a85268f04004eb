import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from 'react-router';
import type { Person } from '../../api/types';
import { IconArrowLeft, IconBuilding, IconEdit, IconHandshake, IconPin, IconTrash } from '../icons';
import { roleLine } from '../people/PersonRow';
import { KeepInTouchBadge } from '../relationship/KeepInTouchBadge';
import { LogContactButton } from '../relationship/LogContactButton';
import { StrengthMeter } from '../relationship/StrengthMeter';
import { TrustStars } from '../TrustStars';
import { PersonAvatar } from './PersonAvatar';

export function PersonHeader({ person, onDelete }: { person: Person; onDelete: () => void }) {
  const role = roleLine(person);
  useDocumentTitle(`${person.name} · Linchpin`);
  return (
    <Stack gap="sm" mb="lg">
      <Anchor component={Link} to="/people" fz="sm" c="dimmed" style={{ alignSelf: 'flex-start' }}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> All people
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" gap="md">
        <Group gap="md" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 300px' }}>
          <PersonAvatar size={56} name={person.name} />
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
              {person.name}
            </Title>
            {(role || person.location) && (
              <Group gap="md" c="dimmed" fz="sm">
                {role && (
                  <Group gap={4} wrap="nowrap">
                    <IconBuilding size={14} />
                    <Text span fz="sm">
                      {role}
                    </Text>
                  </Group>
                )}
                {person.location && (
                  <Group gap={4} wrap="nowrap">
                    <IconPin size={14} />
                    <Text span fz="sm">
                      {person.location}
                    </Text>
                  </Group>
                )}
              </Group>
            )}
            <Group gap="md" wrap="wrap">
              <TrustStars trust={person.trust} size={16} />
              <StrengthMeter strength={person.strength} reasons={person.strengthReasons} />
              <KeepInTouchBadge state={person.keepInTouch} />
            </Group>
          </Stack>
        </Group>
        <Group gap="sm">
          <LogContactButton personId={person.id} personName={person.name} variant="default" />
          <Button
            component={Link}
            to={`/introductions/new?a=${person.id}`}
            leftSection={<IconHandshake size={16} />}
          >
            Introduce…
          </Button>
          <Button
            component={Link}
            to={`/people/${person.id}/edit`}
            variant="default"
            leftSection={<IconEdit size={16} />}
          >
            Edit
          </Button>
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
            Delete
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
