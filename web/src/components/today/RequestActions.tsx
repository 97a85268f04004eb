// Today's introduction request: correct it first (EditRequestDialog), accept (choose whom to introduce
// them to; a draft is made from the request as corrected, nobody is asked) or decline kindly (a note the
// connector reviews, or silently). Someone whose vouch criteria are
// not all met is drafted only after the connector confirms it in the dialog.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { useAcceptRequest, useDeclineRequest, useIntroRequest } from '../../api/intro-requests';
import type { TodayItem } from '../../api/today';
import type { Person } from '../../api/types';
import { type Unmet, unmetOf } from '../../lib/unvouched';
import { IconAlert, IconCheck, IconEdit, IconX } from '../icons';
import { PersonPicker } from '../intro/PersonPicker';
import { LoadError, PageLoader } from '../Loading';
import { UnmetCriteria } from '../UnmetCriteria';
import { EditRequestDialog } from './EditRequestDialog';

/** A kind default the connector reviews and edits before it goes (the API's KIND_DECLINE_NOTE). */
const KIND_NOTE =
  'Thank you for asking me. I am not able to make this introduction right now, but I appreciate you thinking of me, and I wish you the best with it.';

function AcceptDialog({
  id,
  opened,
  onClose,
  onEdit,
}: {
  id: string;
  opened: boolean;
  onClose: () => void;
  onEdit: () => void;
}) {
  const detail = useIntroRequest(id, opened);
  const accept = useAcceptRequest();
  const navigate = useNavigate();
  const [person, setPerson] = useState<Person | null>(null);
  const [unmet, setUnmet] = useState<Unmet[] | null>(null);
  // Cancelling forgets the choice, so the dialog opens afresh; editing the request keeps it.
  const cancel = () => {
    setPerson(null);
    setUnmet(null);
    onClose();
  };

  const submit = (confirmUnvouched: boolean) => {
    if (!person) return;
    accept.mutate(
      { id, personId: person.id, confirmUnvouched },
      {
        onSuccess: (done) => {
          notifications.show({
            color: 'pine',
            message: 'Draft introduction made: nobody has been asked yet',
          });
          onClose();
          navigate(`/introductions/${done.introductionId}`);
        },
        onError: (e) => {
          const list = unmetOf(e);
          if (list) setUnmet(list);
          else notifications.show({ color: 'red', title: 'Could not accept', message: errorMessage(e) });
        },
      },
    );
  };

  return (
    <Modal opened={opened} onClose={cancel} title="Accept the request" centered size="lg">
      {detail.isPending ? (
        <PageLoader />
      ) : detail.isError ? (
        <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <Stack gap="md">
          <div>
            <Text fw={600}>
              {detail.data.requesterName} would like to meet {detail.data.wantsToMeet}
            </Text>
            <Text fz="sm">{detail.data.why}</Text>
          </div>
          <Text fz="sm" c="dimmed">
            About them, to forward: {detail.data.aboutRequester}
          </Text>
          <Group gap="xs">
            <Text fz="sm">
              From {detail.data.requesterName} &lt;{detail.data.requesterEmail}&gt;
            </Text>
            <Button size="compact-sm" variant="subtle" leftSection={<IconEdit size={14} />} onClick={onEdit}>
              Edit the request…
            </Button>
          </Group>
          {detail.data.existingPerson && (
            <Text fz="sm">Already in your network as {detail.data.existingPerson.name}.</Text>
          )}
          <PersonPicker
            label="Introduce them to"
            placeholder="Search your network"
            value={person}
            onChange={(p) => {
              setPerson(p);
              setUnmet(null);
            }}
            excludeIds={detail.data.existingPerson ? [detail.data.existingPerson.id] : []}
            candidates={detail.data.candidates.map((c) => ({
              person: c,
              reason: 'matches whom they asked for',
            }))}
          />
          {unmet && (
            <Alert color="yellow" icon={<IconAlert />} title="Your criteria are not all met">
              <UnmetCriteria unmet={unmet} />
              <Text fz="sm" mt="xs">
                Draft the introduction anyway?
              </Text>
            </Alert>
          )}
          <Text fz="xs" c="dimmed">
            Accepting adds them to your people (or uses who they already are) and makes a draft introduction
            with their paragraph. Nobody is asked until you send it.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={cancel}>
              Cancel
            </Button>
            {unmet ? (
              <Button color="yellow" loading={accept.isPending} onClick={() => submit(true)}>
                Draft anyway
              </Button>
            ) : (
              <Button disabled={!person} loading={accept.isPending} onClick={() => submit(false)}>
                Make a draft introduction
              </Button>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function DeclineDialog({ id, opened, onClose }: { id: string; opened: boolean; onClose: () => void }) {
  const decline = useDeclineRequest();
  const [note, setNote] = useState(KIND_NOTE);
  const send = (withNote: boolean) =>
    decline.mutate(
      { id, note: withNote ? note : '' },
      {
        onSuccess: () => {
          notifications.show({
            color: 'pine',
            message: withNote ? 'Declined: your note is in the outbox' : 'Declined: nothing was sent',
          });
          onClose();
        },
        onError: (e) =>
          notifications.show({ color: 'red', title: 'Could not decline', message: errorMessage(e) }),
      },
    );
  return (
    <Modal opened={opened} onClose={onClose} title="Decline the request" centered>
      <Stack gap="md">
        <Textarea
          label="A kind note to them (sent as written)"
          autosize
          minRows={3}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" loading={decline.isPending} onClick={() => send(false)}>
            Decline without a note
          </Button>
          <Button disabled={!note.trim()} loading={decline.isPending} onClick={() => send(true)}>
            Send the note and decline
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function RequestActions({ item }: { item: TodayItem }) {
  const [open, setOpen] = useState<'accept' | 'decline' | 'edit' | null>(null);
  // Editing from the accept dialog goes back to it once saved, to accept the corrected request.
  const [afterEdit, setAfterEdit] = useState<'accept' | null>(null);
  const id = item.requestId;
  if (!id) return null;
  const edit = (from: 'accept' | null) => {
    setAfterEdit(from);
    setOpen('edit');
  };
  return (
    <Group gap="xs">
      <Button size="sm" variant="default" leftSection={<IconEdit size={16} />} onClick={() => edit(null)}>
        Edit…
      </Button>
      <Button
        size="sm"
        variant="default"
        leftSection={<IconX size={16} />}
        onClick={() => setOpen('decline')}
      >
        Decline…
      </Button>
      <Button size="sm" leftSection={<IconCheck size={16} />} onClick={() => setOpen('accept')}>
        Accept…
      </Button>
      <AcceptDialog
        id={id}
        opened={open === 'accept'}
        onClose={() => setOpen(null)}
        onEdit={() => edit('accept')}
      />
      <EditRequestDialog
        id={id}
        opened={open === 'edit'}
        onClose={() => setOpen(afterEdit)}
        onSaved={() => setOpen(afterEdit)}
      />
      <DeclineDialog id={id} opened={open === 'decline'} onClose={() => setOpen(null)} />
    </Group>
  );
}
