// Adding someone whose email, phone number or LinkedIn profile already belongs to a person in the network:
// say who, and offer to open them (to edit or merge there) or to add the new person anyway.
import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { KnownPerson } from '../../api/people';
import { IconAlert } from '../icons';

const WORDS: Record<KnownPerson['matchedOn'][number], string> = {
  email: 'email address',
  phone: 'phone number',
  linkedin: 'LinkedIn profile',
};

export function AlreadyKnownAlert({
  people,
  adding,
  onAddAnyway,
}: {
  people: KnownPerson[];
  adding: boolean;
  onAddAnyway: () => void;
}) {
  const one = people.length === 1 ? people[0] : undefined;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlert />}
      role="alert"
      title={one ? `${one.name} is already in your network` : 'These people are already in your network'}
    >
      <List size="sm" spacing={4} mb="sm">
        {people.slice(0, 10).map((p) => (
          <List.Item key={p.id}>
            <Anchor component={Link} to={`/people/${p.id}`} fz="sm" fw={600}>
              Open {p.name}
            </Anchor>{' '}
            <Text span fz="sm" c="dimmed">
              (same {p.matchedOn.map((f) => WORDS[f]).join(' and ')})
            </Text>
          </List.Item>
        ))}
      </List>
      <Text fz="sm" mb="sm">
        Open them to add what is new, or add this person anyway (you can merge the two later under
        Duplicates).
      </Text>
      <Group gap="sm">
        <Button type="button" variant="default" size="xs" loading={adding} onClick={onAddAnyway}>
          Add anyway
        </Button>
      </Group>
    </Alert>
  );
}
