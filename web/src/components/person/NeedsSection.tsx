import { Badge, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import type { Need, NeedStatus } from '../../api/types';
import { formatCalendarDate } from '../../lib/dates';
import { needStatusColors, needStatusLabels, urgencyColors, urgencyLabels } from '../../lib/labels';
import { IconHandshake } from '../icons';
import { TagBadges } from '../TagBadges';
import { NeedForm } from './NeedForm';
import {
  PersonChildList,
  PersonChildListItem,
  PersonChildSection,
  usePersonChildren,
} from './PersonChildSection';

const statusActions: Record<NeedStatus, { label: string; to: NeedStatus }[]> = {
  open: [
    { label: 'Mark as met', to: 'met' },
    { label: 'Mark as dropped', to: 'dropped' },
  ],
  met: [{ label: 'Reopen', to: 'open' }],
  dropped: [{ label: 'Reopen', to: 'open' }],
};

export function NeedsSection({ personId, personName }: { personId: string; personName: string }) {
  const section = usePersonChildren('needs', personId);
  // Open needs first; the server already orders each group newest first.
  const sorted = [...section.items].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));

  const setStatus = (need: Need, status: NeedStatus) =>
    section.update.mutate(
      { id: need.id, patch: { status } },
      {
        onSuccess: () =>
          notifications.show({ message: `Need marked as ${needStatusLabels[status].toLowerCase()}` }),
        onError: (e) =>
          notifications.show({ color: 'red', title: 'Could not change the need', message: errorMessage(e) }),
      },
    );

  return (
    <PersonChildSection
      section={section}
      title="Needs"
      addLabel="Add need"
      empty={
        <>
          What is {personName} looking for right now? Needs with a timing help you help at the right moment.
        </>
      }
      addTitle={`Add a need for ${personName}`}
      editTitle="Edit need"
      form={({ item, ...props }) => <NeedForm need={item} {...props} />}
      deleteTitle="Delete this need?"
      deleteLabel="Delete need"
      deleteMessage={(need) => (
        <>
          “{need.text}” will be removed. If it was met, consider marking it as met instead, so you remember.
        </>
      )}
    >
      <PersonChildList>
        {sorted.map((need) => (
          <PersonChildListItem
            key={need.id}
            menu={section.itemMenu(
              need,
              `need “${need.text}”`,
              statusActions[need.status].map((a) => ({
                label: a.label,
                onClick: () => setStatus(need, a.to),
              })),
            )}
          >
            <Text
              fz="sm"
              fw={500}
              td={need.status === 'open' ? undefined : 'line-through'}
              c={need.status === 'open' ? undefined : 'dimmed'}
            >
              {need.text}
            </Text>
            <Group gap={6}>
              <Badge size="sm" variant="light" color={needStatusColors[need.status]}>
                {needStatusLabels[need.status]}
              </Badge>
              {need.urgency !== 'normal' && (
                <Badge size="sm" variant="outline" color={urgencyColors[need.urgency]}>
                  {urgencyLabels[need.urgency]} urgency
                </Badge>
              )}
              {need.neededBy && (
                <Text fz="xs" c="dimmed">
                  Needed by {formatCalendarDate(need.neededBy)}
                </Text>
              )}
            </Group>
            <TagBadges tags={need.tags} size="xs" />
            {need.status === 'open' && (
              <Button
                component={Link}
                to={`/introductions/new?a=${personId}&need=${need.id}`}
                size="compact-xs"
                variant="light"
                leftSection={<IconHandshake size={12} />}
                style={{ alignSelf: 'flex-start' }}
                aria-label={`Find a provider for “${need.text}”`}
              >
                Find a provider
              </Button>
            )}
          </PersonChildListItem>
        ))}
      </PersonChildList>
    </PersonChildSection>
  );
}
