import { Group, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { formatAgo, formatDate } from '../../lib/dates';
import { directionLabels, interactionTypeLabels } from '../../lib/labels';
import { InteractionForm } from './InteractionForm';
import { interactionIcons } from './interaction-icons';
import { PersonChildSection, usePersonChildren } from './PersonChildSection';

export function InteractionsSection({ personId, personName }: { personId: string; personName: string }) {
  const section = usePersonChildren('interactions', personId);

  return (
    <PersonChildSection
      section={section}
      title="Timeline"
      addLabel="Log interaction"
      empty={
        <>
          No interactions yet. Relationships are muscles: log calls, meetings and the useful things you send,
          and you will see when it is time to reach out.
        </>
      }
      showOlder
      addTitle={`Log an interaction with ${personName}`}
      editTitle="Edit interaction"
      form={({ item, ...props }) => <InteractionForm interaction={item} {...props} />}
      deleteTitle="Delete this interaction?"
      deleteLabel="Delete interaction"
      deleteMessage={(it) => (
        <>
          The {interactionTypeLabels[it.type].toLowerCase()} on {formatDate(it.occurredAt)} will be removed
          from the timeline.
        </>
      )}
    >
      <Timeline bulletSize={30} lineWidth={2} aria-label={`Interactions with ${personName}, newest first`}>
        {section.items.map((it) => {
          const Icon = interactionIcons[it.type];
          return (
            <Timeline.Item
              key={it.id}
              bullet={
                <ThemeIcon size={30} radius="xl" variant="light">
                  <Icon size={16} />
                </ThemeIcon>
              }
              title={
                <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                  <Stack gap={0}>
                    <Text fz="sm" fw={600}>
                      {interactionTypeLabels[it.type]}
                    </Text>
                    <Text fz="xs" c="dimmed">
                      <time dateTime={it.occurredAt}>{formatDate(it.occurredAt)}</time> ·{' '}
                      {formatAgo(it.occurredAt)} · {directionLabels[it.direction]}
                    </Text>
                  </Stack>
                  {section.itemMenu(it, `${interactionTypeLabels[it.type]} on ${formatDate(it.occurredAt)}`)}
                </Group>
              }
            >
              {it.note && (
                <Text fz="sm" mt={4} className="lp-pre-line">
                  {it.note}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </PersonChildSection>
  );
}
