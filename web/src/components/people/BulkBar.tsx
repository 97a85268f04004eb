// Acting on the people selected in the list (or everyone matching its filters): tag, untag, set trust,
// delete. Changes offer Undo (the server answers with the requests that put things back); a delete asks
// first, naming how many, and the server refuses it unless that many still match.
import { Button, Group, Menu, Modal, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/client';
import { useBulkPeople, useTags } from '../../api/people';
import type { BulkAction, BulkRequest, BulkResult } from '../../api/types';
import { ConfirmDialog } from '../ConfirmDialog';

interface Props {
  /** How many people the action covers. */
  count: number;
  /** Whether the whole filtered list is selected, not only the rows ticked. */
  allMatching: boolean;
  /** Everyone matching, when more than the rows ticked. */
  total: number;
  onSelectAllMatching: () => void;
  onClear: () => void;
  /** The people the action covers, as the request names them. */
  target: () => Pick<BulkRequest, 'ids' | 'filter'>;
}

const people = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'person' : 'people'}`;

export function BulkBar({ count, allMatching, total, onSelectAllMatching, onClear, target }: Props) {
  const bulk = useBulkPeople();
  const tags = useTags();
  const [tagDialog, setTagDialog] = useState<'tag' | 'untag' | null>(null);
  const [tag, setTag] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [inIntroductions, setInIntroductions] = useState<string | null>(null);

  const undo = async (steps: BulkResult['undo']) => {
    try {
      for (const step of steps) await bulk.mutateAsync(step);
      notifications.show({ message: 'Undone' });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not undo', message: errorMessage(e) });
    }
  };

  const run = async (action: BulkAction, done: (r: BulkResult) => string) => {
    try {
      const result = await bulk.mutateAsync({ ...target(), action });
      const id = `bulk-${Date.now()}`;
      notifications.show({
        id,
        autoClose: 30_000,
        message: (
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Text fz="sm">{done(result)}</Text>
            {result.undo.length > 0 && (
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(id);
                  void undo(result.undo);
                }}
              >
                Undo
              </Button>
            )}
          </Group>
        ),
      });
      onClear();
      return true;
    } catch (e) {
      const aboutIntroductions =
        e instanceof ApiError &&
        e.status === 409 &&
        e.fields.some((f) => f.field === 'action.cancelIntroductions');
      if (aboutIntroductions) {
        setInIntroductions(errorMessage(e));
        return false;
      }
      notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(e) });
      return false;
    }
  };

  const applyTag = async () => {
    const value = tag.trim().toLowerCase();
    if (!value || !tagDialog) return;
    const kind = tagDialog;
    const ok = await run({ kind, tags: [value] }, (r) =>
      kind === 'tag'
        ? `Tagged ${people(r.affected)} “${value}”`
        : `Removed “${value}” from ${people(r.affected)}`,
    );
    if (ok) {
      setTagDialog(null);
      setTag('');
    }
  };

  const remove = async (cancelIntroductions: boolean) => {
    const ok = await run(
      { kind: 'delete', confirmCount: count, cancelIntroductions },
      (r) => `Deleted ${people(r.affected)}`,
    );
    if (ok) {
      setDeleting(false);
      setInIntroductions(null);
    }
  };

  return (
    <Paper withBorder p="sm" role="region" aria-label="Selected people">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm">
          <Text fw={600} fz="sm">
            {people(count)} selected
          </Text>
          {!allMatching && total > count && (
            <Button variant="subtle" size="compact-sm" onClick={onSelectAllMatching}>
              Select all {people(total)} matching
            </Button>
          )}
          <Button variant="subtle" size="compact-sm" color="gray" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setTagDialog('tag')}>
            Add tag
          </Button>
          <Button size="xs" variant="default" onClick={() => setTagDialog('untag')}>
            Remove tag
          </Button>
          <Menu position="bottom-end">
            <Menu.Target>
              <Button size="xs" variant="default">
                Set trust
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {[5, 4, 3, 2, 1].map((trust) => (
                <Menu.Item
                  key={trust}
                  onClick={() =>
                    void run(
                      { kind: 'set-trust', trust },
                      (r) => `Set trust ${trust} for ${people(r.affected)}`,
                    )
                  }
                >
                  {'★'.repeat(trust)} ({trust})
                </Menu.Item>
              ))}
              <Menu.Item
                onClick={() =>
                  void run(
                    { kind: 'set-trust', trust: null },
                    (r) => `Cleared the trust of ${people(r.affected)}`,
                  )
                }
              >
                No trust set
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button size="xs" color="red" variant="light" onClick={() => setDeleting(true)}>
            Delete
          </Button>
        </Group>
      </Group>

      <Modal
        opened={tagDialog !== null}
        onClose={() => setTagDialog(null)}
        title={tagDialog === 'tag' ? `Add a tag to ${people(count)}` : `Remove a tag from ${people(count)}`}
        centered
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void applyTag();
          }}
        >
          <Stack gap="md">
            {tagDialog === 'tag' ? (
              <TextInput
                label="Tag"
                value={tag}
                onChange={(e) => setTag(e.currentTarget.value)}
                data-autofocus
                required
              />
            ) : (
              <Select
                label="Tag"
                data={(tags.data ?? []).map((t) => t.tag)}
                value={tag || null}
                onChange={(v) => setTag(v ?? '')}
                searchable
                data-autofocus
              />
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setTagDialog(null)}>
                Cancel
              </Button>
              <Button type="submit" loading={bulk.isPending} disabled={!tag.trim()}>
                {tagDialog === 'tag' ? 'Add tag' : 'Remove tag'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <ConfirmDialog
        opened={deleting}
        title={`Delete ${people(count)}?`}
        confirmLabel={
          inIntroductions
            ? `Delete ${people(count)} and cancel their introductions`
            : `Delete ${people(count)}`
        }
        onConfirm={() => void remove(inIntroductions !== null)}
        onClose={() => {
          setDeleting(false);
          setInIntroductions(null);
        }}
        loading={bulk.isPending}
      >
        {inIntroductions ?? (
          <>This deletes {people(count)} with their needs, offers and interactions. It cannot be undone.</>
        )}
      </ConfirmDialog>
    </Paper>
  );
}
