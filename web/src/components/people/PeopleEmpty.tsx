import { Button, Code, EmptyState, Text } from '@mantine/core';
import { Link } from 'react-router';
import { IconPeople, IconPlus, IconSearch, IconUpload } from '../icons';

/** Nobody in the network yet: the three ways to get started. */
export function NoPeopleYet() {
  return (
    <EmptyState
      py="xl"
      variant="light"
      icon={<IconPeople size={28} />}
      title="No people yet"
      description={
        <Text component="span" c="dimmed" fz="sm">
          Import your contacts from your phone, LinkedIn or Google, add someone you know, or fill a sample
          network with <Code>npx linchpin demo</Code> to look around.
        </Text>
      }
    >
      <EmptyState.Actions>
        <Button component={Link} to="/import" leftSection={<IconUpload size={16} />}>
          Import contacts
        </Button>
        <Button component={Link} to="/people/new" variant="default" leftSection={<IconPlus size={16} />}>
          Add a person
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      py="xl"
      icon={<IconSearch size={28} />}
      title="No one matches"
      description="Try fewer words, another tag, or clear the filters."
    >
      <EmptyState.Actions>
        <Button variant="default" onClick={onClear}>
          Clear filters
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
