// Losing touch: everyone past their keep-in-touch cadence, furthest past it first, with their last
// contact and strength, and a one-click "Log contact" on each row.
import { Anchor, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { upperFirst } from '@mantine/hooks';
import { Link } from 'react-router';
import { useLosingTouch } from '../api/keep-in-touch';
import { LoadError, PageLoader } from '../components/Loading';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { KeepInTouchBadge } from '../components/relationship/KeepInTouchBadge';
import { LogContactButton } from '../components/relationship/LogContactButton';
import { StrengthMeter } from '../components/relationship/StrengthMeter';
import { cadenceWords } from '../lib/cadence';
import { formatAgo, formatDate } from '../lib/dates';

export default function LosingTouchPage() {
  const list = useLosingTouch();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <PageHeader
        title="Losing touch"
        description="People past their keep-in-touch cadence, the furthest past it first."
      />
      {list.isPending ? (
        <PageLoader label="Loading" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="lg">
          <Stack gap="xs" align="flex-start">
            <Text fw={600}>Nobody is slipping away</Text>
            <Text fz="sm" c="dimmed">
              Everyone with a cadence is on track. Give people a cadence on their page (“Edit”), or set one
              for a whole tag — inner circle every 14 days, clients every 30 — in Settings, and whoever goes
              quiet for too long shows up here.
            </Text>
            <Group gap="sm">
              <Button component={Link} to="/settings#keep-in-touch" variant="light">
                Set cadences per tag
              </Button>
              <Button component={Link} to="/people" variant="default">
                Open your people
              </Button>
            </Group>
          </Stack>
        </Paper>
      ) : (
        <>
          <Paper withBorder>
            <Table.ScrollContainer minWidth={720}>
              {/* Words break between letters only when nothing else fits (styles.css); this table scrolls
                  sideways instead, so a name or a company is never cut into pieces. */}
              <Table verticalSpacing="sm" aria-label="People losing touch" style={{ overflowWrap: 'normal' }}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Person</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Last contact</Table.Th>
                    <Table.Th>Cadence</Table.Th>
                    <Table.Th>Strength</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((e) => (
                    <Table.Tr key={e.person.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/people/${e.person.id}`} fw={600}>
                          {e.person.name}
                        </Anchor>
                        {e.person.company && (
                          <Text fz="xs" c="dimmed">
                            {e.person.company}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <KeepInTouchBadge state={e} />
                      </Table.Td>
                      <Table.Td>
                        {e.lastContactAt ? (
                          <Text fz="sm">
                            {formatDate(e.lastContactAt)}{' '}
                            <Text span fz="xs" c="dimmed">
                              ({formatAgo(e.lastContactAt)})
                            </Text>
                          </Text>
                        ) : (
                          <Text fz="sm" c="dimmed">
                            Never
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Text fz="sm">{upperFirst(cadenceWords(e.idealDays, e.maxDays))}</Text>
                        <Text fz="xs" c="dimmed">
                          {e.source === 'tag' ? `From the tag “${e.tag}”` : 'Set for this person'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <StrengthMeter strength={e.strength} reasons={e.strengthReasons} />
                      </Table.Td>
                      <Table.Td>
                        <LogContactButton personId={e.person.id} personName={e.person.name} size="xs" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
          <LoadMore list={list} />
        </>
      )}
    </Stack>
  );
}
