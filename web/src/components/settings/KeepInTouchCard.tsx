// Settings → Keep in touch: a cadence per tag. Everyone with the tag and no cadence of their own is
// kept in touch with at it; with several tags, the tightest applies.
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';
import { useRemoveTagCadence, useSetTagCadence, useTagCadences } from '../../api/keep-in-touch';
import { IconTrash } from '../icons';
import { LoadError, PageLoader } from '../Loading';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

/** Suggestions shown as placeholders only: nothing is created until the connector saves it. */
const EXAMPLES = [
  { tag: 'inner circle', idealDays: 14, maxDays: 21 },
  { tag: 'clients', idealDays: 30, maxDays: 45 },
  { tag: 'network', idealDays: 90, maxDays: 120 },
];

interface Values {
  tag: string;
  idealDays: number | string;
  maxDays: number | string;
}

export function KeepInTouchCard() {
  const cadences = useTagCadences();
  const set = useSetTagCadence();
  const remove = useRemoveTagCadence();
  const example = EXAMPLES[(cadences.data?.length ?? 0) % EXAMPLES.length]!;
  const form = useForm<Values>({
    initialValues: { tag: '', idealDays: '', maxDays: '' },
    validate: {
      tag: (v) => (v.trim() ? null : 'Name the tag, e.g. “inner circle”'),
      idealDays: (v) => (v === '' ? 'How often, ideally, in days' : null),
      maxDays: (v, all) =>
        v === ''
          ? 'The longest gap, in days'
          : Number(all.idealDays) > Number(v)
            ? 'must not be shorter than the ideal interval'
            : null,
    },
  });
  const { onSubmit, problem, saving } = useServerSubmit(form, async (v: Values) => {
    const tag = v.tag.trim().toLowerCase();
    await set.mutateAsync({ tag, body: { idealDays: Number(v.idealDays), maxDays: Number(v.maxDays) } });
    notifications.show({ color: 'pine', message: `Cadence saved for “${tag}”` });
    form.reset();
  });

  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="keep-in-touch-title"
      id="keep-in-touch"
    >
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" id="keep-in-touch-title">
            Keep in touch
          </Title>
          <Text fz="sm" c="dimmed">
            How often to be in touch with everyone who has a tag. A person’s own cadence wins; with several
            tags, the tightest applies. Any logged interaction starts the clock again.
          </Text>
        </div>
        {cadences.isPending ? (
          <PageLoader />
        ) : cadences.isError ? (
          <LoadError error={cadences.error} onRetry={() => void cadences.refetch()} />
        ) : cadences.data.length === 0 ? (
          <Text fz="sm" c="dimmed">
            No cadences per tag yet.
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label="Cadences per tag">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Tag</Table.Th>
                <Table.Th>Ideally every</Table.Th>
                <Table.Th>At most</Table.Th>
                <Table.Th>People</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cadences.data.map((c) => (
                <Table.Tr key={c.tag}>
                  <Table.Td>{c.tag}</Table.Td>
                  <Table.Td>{c.idealDays} days</Table.Td>
                  <Table.Td>{c.maxDays} days</Table.Td>
                  <Table.Td>{c.people}</Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove the cadence of ${c.tag}`}
                      loading={remove.isPending && remove.variables === c.tag}
                      onClick={() =>
                        remove.mutate(c.tag, {
                          onError: (e) =>
                            notifications.show({
                              color: 'red',
                              title: 'Could not remove',
                              message: errorMessage(e),
                            }),
                        })
                      }
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={onSubmit} noValidate aria-label="Set a cadence for a tag">
          <Stack gap="xs">
            <ProblemAlert problem={problem} />
            <Group align="flex-start" gap="sm">
              <TextInput
                label="Tag"
                placeholder={`e.g. ${example.tag}`}
                style={{ flex: '1 1 180px' }}
                {...form.getInputProps('tag')}
              />
              <NumberInput
                label="Ideally every (days)"
                placeholder={String(example.idealDays)}
                min={1}
                max={3650}
                w={150}
                {...form.getInputProps('idealDays')}
              />
              <NumberInput
                label="At most (days)"
                placeholder={String(example.maxDays)}
                min={1}
                max={3650}
                w={130}
                {...form.getInputProps('maxDays')}
              />
              <Button type="submit" loading={saving} mt={25}>
                Save cadence
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
