import { Button, Group, Modal, Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';
import { useChildMutations, useChildren } from '../../api/person-children';
import type { Interaction } from '../../api/types';
import { formatAgo, formatDate } from '../../lib/dates';
import { directionLabels, interactionTypeLabels } from '../../lib/labels';
import { ConfirmDialog } from '../ConfirmDialog';
import { LoadError, PageLoader } from '../Loading';
import { InteractionForm } from './InteractionForm';
import { ItemMenu } from './ItemMenu';
import { interactionIcons } from './interaction-icons';
import { SectionCard } from './SectionCard';
import { useItemDialogs } from './useItemDialogs';

export function InteractionsSection({ personId, personName }: { personId: string; personName: string }) {
  const list = useChildren('interactions', personId);
  const { create, update, remove } = useChildMutations('interactions', personId);
  const dialogs = useItemDialogs<Interaction>();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <SectionCard title="Timeline" count={items.length} addLabel="Log interaction" onAdd={dialogs.add}>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          No interactions yet. Relationships are muscles: log calls, meetings and the useful things you send,
          and you will see when it is time to reach out.
        </Text>
      ) : (
        <Timeline bulletSize={30} lineWidth={2} aria-label={`Interactions with ${personName}, newest first`}>
          {items.map((it) => {
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
                    <ItemMenu
                      label={`${interactionTypeLabels[it.type]} on ${formatDate(it.occurredAt)}`}
                      onEdit={() => dialogs.edit(it)}
                      onDelete={() => dialogs.remove(it)}
                    />
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
      )}
      {list.hasNextPage && (
        <Button
          variant="default"
          size="xs"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
        >
          Show older
        </Button>
      )}

      <Modal
        opened={dialogs.formOpened}
        onClose={dialogs.close}
        title={dialogs.editing ? 'Edit interaction' : `Log an interaction with ${personName}`}
        size="lg"
      >
        <InteractionForm
          key={dialogs.formKey}
          interaction={dialogs.editing ?? undefined}
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
        title="Delete this interaction?"
        confirmLabel="Delete interaction"
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
        The {dialogs.deleting ? interactionTypeLabels[dialogs.deleting.type].toLowerCase() : ''} on{' '}
        {dialogs.deleting ? formatDate(dialogs.deleting.occurredAt) : ''} will be removed from the timeline.
      </ConfirmDialog>
    </SectionCard>
  );
}
