import { Badge, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';
import { useChildMutations, useChildren } from '../../api/person-children';
import type { Offer, OfferStatus } from '../../api/types';
import { offerStatusColors, offerStatusLabels } from '../../lib/labels';
import { ConfirmDialog } from '../ConfirmDialog';
import { LoadError, PageLoader } from '../Loading';
import { TagBadges } from '../TagBadges';
import { ItemMenu } from './ItemMenu';
import { OfferForm } from './OfferForm';
import { SectionCard } from './SectionCard';
import { useItemDialogs } from './useItemDialogs';

const statusActions: Record<OfferStatus, { label: string; to: OfferStatus }[]> = {
  active: [
    { label: 'Pause', to: 'paused' },
    { label: 'Withdraw', to: 'withdrawn' },
  ],
  paused: [
    { label: 'Make active', to: 'active' },
    { label: 'Withdraw', to: 'withdrawn' },
  ],
  withdrawn: [{ label: 'Make active', to: 'active' }],
};

export function OffersSection({ personId, personName }: { personId: string; personName: string }) {
  const list = useChildren('offers', personId);
  const { create, update, remove } = useChildMutations('offers', personId);
  const dialogs = useItemDialogs<Offer>();
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const sorted = [...items].sort((a, b) => Number(b.status === 'active') - Number(a.status === 'active'));

  const setStatus = (offer: Offer, status: OfferStatus) =>
    update.mutate(
      { id: offer.id, patch: { status } },
      {
        onSuccess: () =>
          notifications.show({ message: `Offer is now ${offerStatusLabels[status].toLowerCase()}` }),
        onError: (e) =>
          notifications.show({ color: 'red', title: 'Could not change the offer', message: errorMessage(e) }),
      },
    );

  return (
    <SectionCard title="Offers" count={items.length} addLabel="Add offer" onAdd={dialogs.add}>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : sorted.length === 0 ? (
        <Text fz="sm" c="dimmed">
          What can {personName} give others? Offers are what you match needs against.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0}>
          {sorted.map((offer) => (
            <Group
              key={offer.id}
              component="li"
              justify="space-between"
              align="flex-start"
              wrap="nowrap"
              gap="xs"
              style={{ listStyle: 'none' }}
            >
              <Stack gap={6} style={{ minWidth: 0 }}>
                <Text fz="sm" fw={500} c={offer.status === 'active' ? undefined : 'dimmed'}>
                  {offer.text}
                </Text>
                {offer.idealCounterpart && (
                  <Text fz="xs" c="dimmed">
                    Ideal for: {offer.idealCounterpart}
                  </Text>
                )}
                <Group gap={6}>
                  {offer.status !== 'active' && (
                    <Badge size="sm" variant="light" color={offerStatusColors[offer.status]}>
                      {offerStatusLabels[offer.status]}
                    </Badge>
                  )}
                  <TagBadges tags={offer.tags} size="xs" />
                </Group>
              </Stack>
              <ItemMenu
                label={`offer “${offer.text}”`}
                onEdit={() => dialogs.edit(offer)}
                onDelete={() => dialogs.remove(offer)}
                extra={statusActions[offer.status].map((a) => ({
                  label: a.label,
                  onClick: () => setStatus(offer, a.to),
                }))}
              />
            </Group>
          ))}
        </Stack>
      )}

      <Modal
        opened={dialogs.formOpened}
        onClose={dialogs.close}
        title={dialogs.editing ? 'Edit offer' : `Add an offer from ${personName}`}
        size="lg"
      >
        <OfferForm
          key={dialogs.formKey}
          offer={dialogs.editing ?? undefined}
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
        title="Delete this offer?"
        confirmLabel="Delete offer"
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
        “{dialogs.deleting?.text}” will be removed. To keep it on record, withdraw it instead.
      </ConfirmDialog>
    </SectionCard>
  );
}
