// Needs, offers and interactions are a person's children with one shape of API, so their sections on the
// person page share one way of loading, adding, editing and deleting them; only what an item shows differs.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, type ReactNode } from 'react';
import { errorMessage } from '../../api/client';
import { type ChildKind, useChildMutations, useChildren } from '../../api/person-children';
import { ConfirmDialog } from '../ConfirmDialog';
import { LoadError, PageLoader } from '../Loading';
import { type ItemAction, ItemMenu } from './ItemMenu';
import { SectionCard } from './SectionCard';
import { useItemDialogs } from './useItemDialogs';

/** One kind of a person's children: the loaded list, its mutations and which dialog is open. */
export function usePersonChildren<K extends ChildKind>(kind: K, personId: string) {
  const list = useChildren(kind, personId);
  const { create, update, remove } = useChildMutations(kind, personId);
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  type Item = (typeof items)[number];
  const dialogs = useItemDialogs<Item>();

  // A form's body is both a valid new item and a valid patch, so one form serves adding and editing.
  const save = async (
    body: Parameters<typeof create.mutateAsync>[0] & Parameters<typeof update.mutateAsync>[0]['patch'],
  ) => {
    if (dialogs.editing) await update.mutateAsync({ id: dialogs.editing.id, patch: body });
    else await create.mutateAsync(body);
    dialogs.close();
  };

  const itemMenu = (item: Item, label: string, extra?: ItemAction[]) => (
    <ItemMenu
      label={label}
      onEdit={() => dialogs.edit(item)}
      onDelete={() => dialogs.remove(item)}
      extra={extra}
    />
  );

  // `kind` is what lets PersonChildSection infer the item type from `section`.
  return { kind, list, items, update, remove, dialogs, save, itemMenu };
}

type PersonChildren<K extends ChildKind> = ReturnType<typeof usePersonChildren<K>>;
type ItemOf<K extends ChildKind> = PersonChildren<K>['items'][number];

/** The card of one kind of a person's children, with its add/edit form and delete confirmation. */
export function PersonChildSection<K extends ChildKind>({
  section,
  title,
  addLabel,
  empty,
  showOlder = false,
  addTitle,
  editTitle,
  form,
  deleteTitle,
  deleteLabel,
  deleteMessage,
  children,
}: {
  section: PersonChildren<K>;
  title: string;
  addLabel: string;
  /** Shown instead of the list when there is nothing yet. */
  empty: ReactNode;
  /** Offer to load the next page; only for lists the server orders the way they are shown. */
  showOlder?: boolean;
  addTitle: string;
  editTitle: string;
  form: (props: {
    item: ItemOf<K> | undefined;
    onSubmit: PersonChildren<K>['save'];
    onCancel: () => void;
  }) => ReactNode;
  deleteTitle: string;
  deleteLabel: string;
  deleteMessage: (item: ItemOf<K>) => ReactNode;
  /** The loaded, non-empty list. */
  children: ReactNode;
}) {
  const { list, items, remove, dialogs, save } = section;
  return (
    <SectionCard title={title} count={items.length} addLabel={addLabel} onAdd={dialogs.add}>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
      {showOlder && list.hasNextPage && (
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
        title={dialogs.editing ? editTitle : addTitle}
        size="lg"
      >
        {/* Keyed so that every opening starts from a fresh form. */}
        <Fragment key={dialogs.formKey}>
          {form({ item: dialogs.editing ?? undefined, onSubmit: save, onCancel: dialogs.close })}
        </Fragment>
      </Modal>
      <ConfirmDialog
        opened={dialogs.deleteOpened}
        title={deleteTitle}
        confirmLabel={deleteLabel}
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
        {dialogs.deleting && deleteMessage(dialogs.deleting)}
      </ConfirmDialog>
    </SectionCard>
  );
}

/** The list of needs or offers: each item's content beside its actions menu. */
export function PersonChildList({ children }: { children: ReactNode }) {
  return (
    <Stack gap="sm" component="ul" p={0} m={0}>
      {children}
    </Stack>
  );
}

export function PersonChildListItem({ menu, children }: { menu: ReactNode; children: ReactNode }) {
  return (
    <Group
      component="li"
      justify="space-between"
      align="flex-start"
      wrap="nowrap"
      gap="xs"
      style={{ listStyle: 'none' }}
    >
      <Stack gap={6} style={{ minWidth: 0 }}>
        {children}
      </Stack>
      {menu}
    </Group>
  );
}
