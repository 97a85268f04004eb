import { List, Stack, Text } from '@mantine/core';
import type { Person } from '../../api/types';
import { PrivateBadge } from '../PrivateNotice';
import { SectionCard } from './SectionCard';

/** Private notes and caveats: visibly set apart, because they must never reach anyone else. */
export function PrivateCard({ person }: { person: Person }) {
  return (
    <SectionCard
      title="Private"
      badge={<PrivateBadge />}
      style={{
        borderColor: 'var(--mantine-color-grape-3)',
        background: 'light-dark(var(--mantine-color-grape-0), var(--mantine-color-dark-6))',
      }}
    >
      <Text fz="xs" c="dimmed" mt={-8}>
        Never leaves your account: never part of an introduction or an email.
      </Text>
      <Stack gap={4}>
        <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
          Notes
        </Text>
        {person.privateNotes ? (
          <Text fz="sm" className="lp-pre-line">
            {person.privateNotes}
          </Text>
        ) : (
          <Text fz="sm" c="dimmed">
            No private notes.
          </Text>
        )}
      </Stack>
      <Stack gap={4}>
        <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
          Caveats
        </Text>
        {person.caveats.length ? (
          <List size="sm" spacing={2}>
            {person.caveats.map((c) => (
              <List.Item key={c.id}>{c.text}</List.Item>
            ))}
          </List>
        ) : (
          <Text fz="sm" c="dimmed">
            No caveats recorded.
          </Text>
        )}
      </Stack>
    </SectionCard>
  );
}
