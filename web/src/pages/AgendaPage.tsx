// What needs the connector today, from the agenda endpoint: check-backs due ("ask again", one click),
// introductions ready to send, outcomes to record, requests still unanswered after the reminder, and
// emails that did not reach someone (fix the address, resend); then the week's top suggested introductions.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../api/client';
import { useAgenda, useReask } from '../api/introductions';
import type { AgendaItem, AgendaKind } from '../api/types';
import { IconAlert, IconCheck, IconClock, IconMail } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { TodaySuggestions } from '../components/suggestions/TodaySuggestions';
import { formatDue } from '../lib/dates';
import { agendaLabels } from '../lib/intro-labels';

const ORDER: AgendaKind[] = [
  'failed_mail',
  'ask_again',
  'ready_to_send',
  'record_outcome',
  'waiting_for_answer',
];
const HEADINGS: Record<AgendaKind, string> = {
  ask_again: 'Check back: they asked you to ask again',
  ready_to_send: 'Both said yes: ready to send',
  record_outcome: 'How did it go? Record the outcome',
  waiting_for_answer: 'No answer yet, even after a reminder',
  failed_mail: 'Emails that did not reach someone',
};
const COLORS: Record<AgendaKind, string> = {
  ask_again: 'yellow',
  ready_to_send: 'pine',
  record_outcome: 'cyan',
  waiting_for_answer: 'gray',
  failed_mail: 'red',
};

export default function AgendaPage() {
  const agenda = useAgenda();
  return (
    <Stack gap="md" maw={900} mx="auto">
      <PageHeader title="Today" description="What your introductions need from you now." />
      {agenda.isPending ? (
        <PageLoader label="Loading the agenda" />
      ) : agenda.isError ? (
        <LoadError error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : agenda.data.items.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="xs">
            <IconCheck size={28} />
            <Text fw={600}>Nothing needs you today</Text>
            <Text fz="sm" c="dimmed" ta="center">
              Check-backs, introductions to send and outcomes to record appear here when they are due.
            </Text>
            <Button component={Link} to="/introductions" variant="light" mt="xs">
              Open the pipeline
            </Button>
          </Stack>
        </Paper>
      ) : (
        ORDER.map((kind) => {
          const items = agenda.data.items.filter((i) => i.kind === kind);
          if (items.length === 0) return null;
          const id = `agenda-${kind}`;
          return (
            <Stack key={kind} gap="xs" component="section" aria-labelledby={id}>
              <Group gap="xs">
                <Title order={2} fz="h5" id={id}>
                  {HEADINGS[kind]}
                </Title>
                <Badge size="sm" variant="light" color={COLORS[kind]}>
                  {items.length}
                </Badge>
              </Group>
              <Stack gap="xs" component="ul" p={0} m={0} aria-label={agendaLabels[kind]}>
                {items.map((item) => (
                  <AgendaRow
                    key={`${item.kind}:${item.introductionId}:${item.outboxId ?? ''}:${item.since}`}
                    item={item}
                    asOf={agenda.data.asOf}
                  />
                ))}
              </Stack>
            </Stack>
          );
        })
      )}
      <TodaySuggestions />
    </Stack>
  );
}

function AgendaRow({ item, asOf }: { item: AgendaItem; asOf: string }) {
  const reask = useReask();
  const detail = `/introductions/${item.introductionId}`;
  const askAgain = () =>
    reask.mutate(item.introductionId, {
      onSuccess: () =>
        notifications.show({
          color: 'pine',
          message: `Asked again about ${item.personA.name} and ${item.personB.name}`,
        }),
      onError: (e) =>
        notifications.show({ color: 'red', title: 'Could not ask again', message: errorMessage(e) }),
    });
  return (
    <Paper component="li" withBorder p="sm" style={{ listStyle: 'none' }}>
      <Group justify="space-between" gap="sm" align="center">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Text fw={600} fz="sm">
            <Link to={detail} style={{ color: 'inherit' }}>
              {item.personA.name} and {item.personB.name}
            </Link>
          </Text>
          <Text fz="sm">{item.summary}</Text>
          <Text fz="xs" c="dimmed">
            {formatDue(item.since, asOf)}
          </Text>
        </Stack>
        <Group gap="xs">
          {item.kind === 'ask_again' && (
            <Button
              size="sm"
              leftSection={<IconClock size={16} />}
              loading={reask.isPending}
              onClick={askAgain}
              aria-label={`Ask again: ${item.personA.name} and ${item.personB.name}`}
            >
              Ask again
            </Button>
          )}
          {item.kind === 'ready_to_send' && (
            <Button size="sm" component={Link} to={detail} leftSection={<IconMail size={16} />}>
              Review and send
            </Button>
          )}
          {item.kind === 'record_outcome' && (
            <Button size="sm" component={Link} to={detail} leftSection={<IconCheck size={16} />}>
              Record outcome
            </Button>
          )}
          {item.kind === 'failed_mail' && item.outboxId && (
            <Button
              size="sm"
              color="red"
              variant="light"
              component={Link}
              to={`/outbox?m=${item.outboxId}`}
              leftSection={<IconAlert size={16} />}
            >
              Fix and resend
            </Button>
          )}
          {item.kind === 'waiting_for_answer' && (
            <Button size="sm" variant="default" component={Link} to={detail}>
              Open
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
