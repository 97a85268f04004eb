// One possible duplicate: why they look alike, the two side by side (differences marked), and the two
// ways to settle it: merge, or "not the same person".
import { Anchor, Badge, Button, Group, List, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useDismissDuplicate, useMergePeople } from '../../api/duplicates';
import { usePerson } from '../../api/people';
import type { DuplicatePair, Person } from '../../api/types';
import { ConfirmDialog } from '../ConfirmDialog';
import { IconMerge } from '../icons';
import { MergeDialog } from './MergeDialog';

const ROWS: { label: string; value: (p: Person) => string }[] = [
  { label: 'Name', value: (p) => p.name },
  { label: 'Company', value: (p) => p.company },
  { label: 'Title', value: (p) => p.title },
  { label: 'Location', value: (p) => p.location },
  { label: 'Emails', value: (p) => p.emails.join('\n') },
  // As the person page shows them: in the one format the server decides (national for the account's
  // country, else international), so the same number typed two ways reads the same on both sides.
  { label: 'Phones', value: (p) => p.phones.map((typed, i) => p.phonesDisplay[i] ?? typed).join('\n') },
  { label: 'Links', value: (p) => p.links.map((l) => l.url).join('\n') },
  { label: 'Tags', value: (p) => p.tags.join(', ') },
  { label: 'Trust', value: (p) => (p.trust === null ? '' : `${p.trust} of 5`) },
  { label: 'Blurb', value: (p) => p.blurb },
];

export function PairCard({ pair }: { pair: DuplicatePair }) {
  const [left, right] = pair.people;
  const a = usePerson(left.id);
  const b = usePerson(right.id);
  const merge = useMergePeople();
  const dismiss = useDismissDuplicate();
  const [merging, mergeDialog] = useDisclosure(false);
  const [dismissing, dismissDialog] = useDisclosure(false);
  const both = a.data && b.data ? ([a.data, b.data] as [Person, Person]) : null;
  const label = `${left.name} and ${right.name}`;

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="li"
      style={{ listStyle: 'none' }}
      aria-label={label}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600}>{label}</Text>
            <Badge variant="light" color={pair.strength === 'strong' ? 'orange' : 'gray'} tt="none">
              {pair.strength === 'strong' ? 'Very likely the same' : 'Possibly the same'}
            </Badge>
          </Group>
          <Group gap="xs">
            <Button variant="default" onClick={dismissDialog.open}>
              Not the same person
            </Button>
            <Button leftSection={<IconMerge size={16} />} onClick={mergeDialog.open} disabled={!both}>
              Merge…
            </Button>
          </Group>
        </Group>
        <List size="sm" spacing={2}>
          {pair.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
        {both && (
          <Table.ScrollContainer minWidth={480}>
            <Table
              fz="sm"
              withTableBorder
              withColumnBorders
              verticalSpacing={6}
              aria-label={`Compare ${label}`}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={100} />
                  {both.map((p) => (
                    <Table.Th key={p.id}>
                      <Anchor component={Link} to={`/people/${p.id}`} fw={600}>
                        {p.name}
                      </Anchor>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ROWS.map((row) => {
                  const values = both.map(row.value);
                  if (!values[0] && !values[1]) return null;
                  const differ = values[0] !== values[1];
                  return (
                    <Table.Tr key={row.label}>
                      <Table.Th c="dimmed" fw={500}>
                        {row.label}
                      </Table.Th>
                      {values.map((v, i) => (
                        <Table.Td
                          key={both[i]!.id}
                          className="lp-pre-line"
                          bg={differ && v ? 'var(--mantine-color-yellow-light)' : undefined}
                          c={v ? undefined : 'dimmed'}
                        >
                          {v || '—'}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      {both && (
        <MergeDialog
          opened={merging}
          onClose={mergeDialog.close}
          people={both}
          onMerge={async (survivorId, body) => {
            const result = await merge.mutateAsync({ survivorId, body });
            mergeDialog.close();
            const moved = Object.values(result.moved).reduce((n, x) => n + x, 0);
            notifications.show({
              color: 'pine',
              title: `Merged into ${result.person.name}`,
              message: `${moved} ${moved === 1 ? 'record' : 'records'} moved over${
                result.conflicts.length ? `; ${result.conflicts.length} differing values not kept` : ''
              }.`,
            });
          }}
        />
      )}
      <ConfirmDialog
        opened={dismissing}
        title="Not the same person?"
        confirmLabel="They are different people"
        destructive={false}
        loading={dismiss.isPending}
        onClose={dismissDialog.close}
        onConfirm={() =>
          dismiss.mutate([left.id, right.id], {
            onSuccess: dismissDialog.close,
            onError: (e) =>
              notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
          })
        }
      >
        {left.name} and {right.name} will no longer be suggested as duplicates. Nothing else changes.
      </ConfirmDialog>
    </Paper>
  );
}
