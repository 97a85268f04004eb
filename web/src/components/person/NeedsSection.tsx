import { Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useChildMutations, useChildren } from '../../api/person-children';
import type { Need, NeedStatus } from '../../api/types';
import { formatCalendarDate } from '../../lib/dates';
import { needStatusColors, needStatusLabels, urgencyColors, urgencyLabels } from '../../lib/labels';
import { ConfirmDialog } from '../ConfirmDialog';
import { IconHandshake } from '../icons';
import { LoadError, PageLoader } from '../Loading';
import { TagBadges } from '../TagBadges';
import { ItemMenu } from './ItemMenu';
import { NeedForm } from './NeedForm';
import { SectionCard } from './SectionCard';
import { useItemDialogs } from './useItemDialogs';

const statusActions: Record<NeedStatus, { label: string; to: NeedStatus }[]> = {
  open: [
    { label: 'Mark as met', to: 'met' },
    { label: 'Mark as dropped', to: 'dropped' },
  ],
  met: [{ label: 'Reopen', to: 'open' }],
  dropped: [{ label: 'Reopen', to: 'open' }],
};

export function NeedsSection({ personId, personName }: { personId: string; personName: string }) {
  const list = useChildren('needs', personId);
  const { create, update, remove } = useChildMutations('needs', personId);
  const dialogs = useItemDialogs<Need>();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // Open needs first; the server already orders each group newest first.
  const sorted = [...items].sort((a, b) => Number(b.status === 'open') - Number(a.status === 'open'));

  const setStatus = (need: Need, status: NeedStatus) =>
    update.mutate(
      { id: need.id, patch: { status } },
      {
        onSuccess: () =>
          notifications.show({ message: `Need marked as ${needStatusLabels[status].toLowerCase()}` }),
        onError: (e) =>
          notifications.show({ color: 'red', title: 'Could not change the need', message: errorMessage(e) }),
      },
    );

  return (
    <SectionCard title="Needs" count={items.length} addLabel="Add need" onAdd={dialogs.add}>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : sorted.length === 0 ? (
        <Text fz="sm" c="dimmed">
          What is {personName} looking for right now? Needs with a timing help you help at the right moment.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0}>
          {sorted.map((need) => (
            <Group
              key={need.id}
              component="li"
              justify="space-between"
              align="flex-start"
              wrap="nowrap"
              gap="xs"
              style={{ listStyle: 'none' }}
            >
              <Stack gap={6} style={{ minWidth: 0 }}>
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
              </Stack>
              <ItemMenu
                label={`need “${need.text}”`}
                onEdit={() => dialogs.edit(need)}
                onDelete={() => dialogs.remove(need)}
                extra={statusActions[need.status].map((a) => ({
                  label: a.label,
                  onClick: () => setStatus(need, a.to),
                }))}
              />
            </Group>
          ))}
        </Stack>
      )}

      <Modal
        opened={dialogs.formOpened}
        onClose={dialogs.close}
        title={dialogs.editing ? 'Edit need' : `Add a need for ${personName}`}
        size="lg"
      >
        <NeedForm
          key={dialogs.formKey}
          need={dialogs.editing ?? undefined}
          onCancel={dialogs.close}
          onSubmit={async (body) => {
            if (dialogs.editing) await update.mutateAsync({ id: dialogs.editing.id, patch: body });
            else await create.mutateAsync(body);
            dialogs.close();
          }}
        />
      </Modal>
      <ConfirmDialog
        opened={dialogs.deleteOpened}
        title="Delete this need?"
        confirmLabel="Delete need"
        loading={remove.isPending}
        onClose={dialogs.close}
        onConfirm={() =>
          dialogs.deleting &&
          remove.mutate(dialogs.deleting.id, {
            onSuccess: dialogs.close,
            onError: (e) =>
              notifications.show({ color: 'red', title: 'Could not delete', message: errorMessage(e) }),
          })
        }
      >
        “{dialogs.deleting?.text}” will be removed. If it was met, consider marking it as met instead, so you
        remember.
      </ConfirmDialog>
    </SectionCard>
  );
}
