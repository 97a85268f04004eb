// The emails written for one introduction, oldest first; each opens to the full message.
import { Accordion, Badge, Group, Text } from '@mantine/core';
import type { OutboxMessage } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { mailKindLabel, outboxStatusColors, outboxStatusLabels } from '../../lib/intro-labels';
import { MessageView } from '../mail/MessageView';

export function IntroEmails({ emails }: { emails: OutboxMessage[] }) {
  if (emails.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        No emails yet. The first one is written when you start asking.
      </Text>
    );
  }
  return (
    <Accordion variant="separated" chevronPosition="left">
      {emails.map((m) => (
        <Accordion.Item key={m.id} value={m.id}>
          <Accordion.Control>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text fz="sm" fw={600} truncate>
                  {mailKindLabel(m.kind)} to {m.to.join(', ')}
                </Text>
                <Text fz="xs" c="dimmed" truncate>
                  {m.subject} · {formatDateTime(m.createdAt)}
                </Text>
              </div>
              <Badge variant="light" color={outboxStatusColors[m.status]} style={{ flexShrink: 0 }}>
                {outboxStatusLabels[m.status]}
              </Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <MessageView message={m} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
