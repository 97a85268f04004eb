// One outbox message: who it went to, its status, the HTML and plain-text bodies, and its links as real,
// clickable links, so the whole consent flow can be tried from this machine.
import { Anchor, Badge, Group, List, Paper, Stack, Table, Tabs, Text } from '@mantine/core';
import type { OutboxMessage } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { mailKindLabel, outboxStatusColors, outboxStatusLabels } from '../../lib/intro-labels';
import { IconLink } from '../icons';
import { MailFrame } from './MailFrame';
import { UndeliveredNotice } from './UndeliveredNotice';

const addresses = (xs: { name: string; address: string }[]) =>
  xs.map((x) => (x.name ? `${x.name} <${x.address}>` : x.address)).join(', ');

export function MessageView({ message }: { message: OutboxMessage }) {
  const m = message;
  const rows: [string, string][] = [
    ['From', addresses([m.from])],
    ['To', addresses(m.recipients.to)],
    ...(m.recipients.cc.length ? ([['Cc', addresses(m.recipients.cc)]] as [string, string][]) : []),
    ...(m.recipients.replyTo.length
      ? ([['Reply-To', addresses(m.recipients.replyTo)]] as [string, string][])
      : []),
    ['Subject', m.subject],
    ['Written', formatDateTime(m.createdAt)],
  ];
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge variant="light" color={outboxStatusColors[m.status]}>
          {outboxStatusLabels[m.status]}
        </Badge>
        <Badge variant="outline" color="gray" tt="none">
          {mailKindLabel(m.kind)}
        </Badge>
        {m.sentAt && (
          <Text fz="xs" c="dimmed">
            Sent {formatDateTime(m.sentAt)}
          </Text>
        )}
        {m.lastError && (
          <Text fz="xs" c="red">
            Last error: {m.lastError}
          </Text>
        )}
      </Group>
      <UndeliveredNotice message={m} />
      <Table
        withRowBorders={false}
        verticalSpacing={2}
        horizontalSpacing="xs"
        fz="sm"
        aria-label="Message headers"
      >
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={90} c="dimmed" fw={500} style={{ verticalAlign: 'top' }}>
                {k}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {m.links.length > 0 && (
        <Paper withBorder p="sm" aria-label="Links in this message" component="section">
          <Text fz="xs" fw={600} c="dimmed" tt="uppercase" mb={4}>
            Links in this message
          </Text>
          <List size="sm" spacing={4} icon={<IconLink size={14} />} center>
            {m.links.map((l) => (
              <List.Item key={l.url}>
                <Anchor href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      <Tabs defaultValue="html" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html">As sent (HTML)</Tabs.Tab>
          <Tabs.Tab value="text">Plain text</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          <MailFrame html={m.html} title={`Email: ${m.subject}`} />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          <Paper withBorder p="md">
            <Text fz="sm" className="lp-pre-line" ff="monospace">
              {m.text}
            </Text>
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
