// Every email Linchpin wrote, newest first, and the chosen one in full (HTML, plain text, clickable links).
// Without SMTP, this is where messages live, so the whole flow can be tried on one machine.
import { Alert, Anchor, Badge, Code, Grid, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMailStatus, useOutbox, useOutboxMessage } from '../api/outbox';
import type { OutboxMessage } from '../api/types';
import { IconAlert, IconMail } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { LoadMore } from '../components/LoadMore';
import { MessageView } from '../components/mail/MessageView';
import { PageHeader } from '../components/PageHeader';
import { formatDateTime } from '../lib/dates';
import { mailKindLabel, outboxStatusColors, outboxStatusLabels } from '../lib/intro-labels';

export default function OutboxPage() {
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('m');
  const outbox = useOutbox();
  const items = outbox.data?.pages.flatMap((p) => p.items) ?? [];
  const fromList = items.find((m) => m.id === selectedId);
  // A message further back than the loaded pages (a shared link) is read on its own.
  const single = useOutboxMessage(selectedId && !fromList ? selectedId : null);
  const selected = fromList ?? single.data ?? null;
  const phone = useMediaQuery('(max-width: 62em)', undefined, { getInitialValueInEffect: false });
  const select = (id: string) => setParams({ m: id }, { replace: true });

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <PageHeader title="Outbox" description="Every email written for your introductions, newest first." />
      <MailStatusBanner />
      {outbox.isPending ? (
        <PageLoader label="Loading the outbox" />
      ) : outbox.isError ? (
        <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="xs">
            <IconMail size={28} />
            <Text fw={600}>No emails yet</Text>
            <Text fz="sm" c="dimmed" ta="center">
              Consent requests appear here when you start asking about an introduction.
            </Text>
          </Stack>
        </Paper>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="xs">
              <Paper
                withBorder
                p={0}
                component="ul"
                m={0}
                aria-label="Messages"
                style={{ overflow: 'hidden' }}
              >
                {items.map((m) => (
                  <li key={m.id} style={{ listStyle: 'none' }}>
                    <MessageRow message={m} selected={m.id === selected?.id} onSelect={() => select(m.id)} />
                    {phone && m.id === selected?.id && (
                      <Paper p="sm" bg="var(--mantine-color-body)">
                        <MessageView message={m} />
                      </Paper>
                    )}
                  </li>
                ))}
              </Paper>
              <LoadMore list={outbox} centered={false} />
            </Stack>
          </Grid.Col>
          {!phone && (
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <Paper withBorder p="md" component="section" aria-label="Message" pos="sticky" top={72}>
                {selected ? (
                  <MessageView message={selected} />
                ) : (
                  <Text c="dimmed" fz="sm">
                    Choose a message to read it.
                  </Text>
                )}
              </Paper>
            </Grid.Col>
          )}
        </Grid>
      )}
    </Stack>
  );
}

function MessageRow({
  message: m,
  selected,
  onSelect,
}: {
  message: OutboxMessage;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <UnstyledButton
      onClick={onSelect}
      aria-current={selected ? 'true' : undefined}
      className="lp-row"
      px="md"
      py="sm"
      w="100%"
      style={selected ? { background: 'var(--mantine-color-pine-light)' } : undefined}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fz="sm" fw={600} truncate>
            {m.subject}
          </Text>
          <Text fz="xs" c="dimmed" truncate>
            To {m.to.join(', ')}
            {m.cc.length ? ` · Cc ${m.cc.join(', ')}` : ''}
          </Text>
          <Text fz="xs" c="dimmed">
            {mailKindLabel(m.kind)} · {formatDateTime(m.createdAt)}
          </Text>
        </Stack>
        <Badge size="sm" variant="light" color={outboxStatusColors[m.status]} style={{ flexShrink: 0 }}>
          {outboxStatusLabels[m.status]}
        </Badge>
      </Group>
    </UnstyledButton>
  );
}

/**
 * How mail leaves this instance, and a warning when the links in it only work on this machine: one
 * compact notice, whose explanation the connector can hide once read (remembered on this browser until
 * the setup changes).
 */
function MailStatusBanner() {
  const status = useMailStatus();
  const s = status.data;
  const key = s ? `linchpin.outbox-notice.${s.transport}.${s.linksPointAtLoopback}.${s.linkBase}` : '';
  const [hiddenNow, setHiddenNow] = useState(false);
  if (!s) return null;
  const local = s.transport === 'local';
  const loopback = s.linksPointAtLoopback;
  const shown = (local || loopback) && !hiddenNow && localStorage.getItem(key) !== 'hidden';
  return (
    <Stack gap="xs">
      {shown && (
        <Alert
          color={loopback && !local ? 'orange' : 'blue'}
          variant="light"
          icon={loopback && !local ? <IconAlert /> : <IconMail />}
          title={
            local
              ? `Emails are kept here, not sent${loopback ? ', and their links point at this machine' : ''}`
              : 'Links in emails point at this machine only'
          }
          withCloseButton
          closeButtonLabel="Hide this explanation"
          onClose={() => {
            localStorage.setItem(key, 'hidden');
            setHiddenNow(true);
          }}
        >
          <Text fz="sm">
            {local && (
              <>
                Open a message and follow its links to answer as the recipient would. Set{' '}
                <Code>SMTP_URL</Code> to send for real.{' '}
              </>
            )}
            {loopback && (
              <>
                Links start with <Code>{s.linkBase}</Code>, which only this computer can open; set{' '}
                <Code>PUBLIC_URL</Code> to the address people can reach.
                {s.transport === 'smtp' && ' Emails are being sent with these links.'}
              </>
            )}
          </Text>
        </Alert>
      )}
      <Text fz="xs" c="dimmed">
        From {s.fromAddress}.{' '}
        <Anchor component={Link} to="/introductions" fz="xs">
          Back to the pipeline
        </Anchor>
      </Text>
    </Stack>
  );
}
