// The referral ledger: who referred whom to whom, for what, and what came of it — history and gratitude,
// never a score. With who helped recently, in case you can help back.
import { Button, Group, Modal, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../api/client';
import {
  type Referral,
  type ReferralFilters,
  useCreateReferral,
  useDeleteReferral,
  useReferrals,
  useUpdateReferral,
} from '../api/referrals';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { IconPlus } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';
import { HelpBackCard } from '../components/referrals/HelpBackCard';
import { ReferralForm } from '../components/referrals/ReferralForm';
import { ReferralTable } from '../components/referrals/ReferralTable';

type Editing = { mode: 'add' } | { mode: 'edit'; referral: Referral } | null;

export default function ReferralsPage() {
  const [direction, setDirection] = useState<'all' | 'given' | 'received'>('all');
  const [status, setStatus] = useState<'all' | 'open' | 'won' | 'lost'>('all');
  const filters: ReferralFilters = {
    ...(direction === 'all' ? {} : { direction }),
    ...(status === 'all' ? {} : { status }),
  };
  const list = useReferrals(filters);
  const create = useCreateReferral();
  const update = useUpdateReferral();
  const del = useDeleteReferral();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Referral | null>(null);

  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const names = new Map(pages.flatMap((p) => p.people).map((p) => [p.id, p.name]));

  const onDelete = () => {
    if (!deleting) return;
    del.mutate(deleting.id, {
      onSuccess: () => {
        setDeleting(null);
        notifications.show({ color: 'pine', message: 'Referral deleted' });
      },
      onError: (e) =>
        notifications.show({ color: 'red', title: 'Could not delete', message: errorMessage(e) }),
    });
  };

  return (
    <Stack gap="md" maw={1100} mx="auto">
      <PageHeader
        title="Referrals"
        description="Business you sent others’ way and business that came to you: history and gratitude, not a score."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'add' })}>
            Add referral
          </Button>
        }
      />
      <HelpBackCard />
      <Group gap="sm">
        <SegmentedControl
          aria-label="Direction"
          value={direction}
          onChange={(v) => setDirection(v === 'given' || v === 'received' ? v : 'all')}
          data={[
            { value: 'all', label: 'All' },
            { value: 'given', label: 'Given' },
            { value: 'received', label: 'Received' },
          ]}
        />
        <SegmentedControl
          aria-label="Status"
          value={status}
          onChange={(v) => setStatus(v === 'open' || v === 'won' || v === 'lost' ? v : 'all')}
          data={[
            { value: 'all', label: 'Any status' },
            { value: 'open', label: 'Open' },
            { value: 'won', label: 'Won' },
            { value: 'lost', label: 'Lost' },
          ]}
        />
      </Group>
      {list.isPending ? (
        <PageLoader label="Loading" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Paper withBorder p="lg">
          <Text fz="sm" c="dimmed">
            No referrals here yet. Add one by hand, or close an introduction as “business done” and it is
            recorded for you.
          </Text>
        </Paper>
      ) : (
        <>
          <Paper withBorder>
            <ReferralTable
              items={items}
              names={names}
              onEdit={(referral) => setEditing({ mode: 'edit', referral })}
              onDelete={setDeleting}
            />
          </Paper>
          <LoadMore list={list} />
        </>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? 'Edit referral' : 'Add referral'}
        size="lg"
      >
        {editing && (
          <ReferralForm
            referral={editing.mode === 'edit' ? editing.referral : undefined}
            onCancel={() => setEditing(null)}
            onSubmit={async (body) => {
              if (editing.mode === 'edit') await update.mutateAsync({ id: editing.referral.id, body });
              else await create.mutateAsync(body);
              setEditing(null);
              notifications.show({ color: 'pine', message: 'Referral saved' });
            }}
          />
        )}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this referral?"
        confirmLabel="Delete referral"
        loading={del.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={onDelete}
      >
        This removes the referral{deleting?.about ? ` “${deleting.about}”` : ''} from your ledger. It cannot
        be undone.
      </ConfirmDialog>
    </Stack>
  );
}
