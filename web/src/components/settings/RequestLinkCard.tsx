// The public "ask me for an introduction" link: people the connector shares it with ask for an
// introduction there, and the request arrives on Today. The URL is shown once (only its hash is kept);
// making a new one or turning it off stops the old URL at once, so both ask first.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useCreateRequestLink, useRequestLink, useRevokeRequestLink } from '../../api/intro-requests';
import { formatDate } from '../../lib/dates';
import { ConfirmDialog } from '../ConfirmDialog';
import { IconLink } from '../icons';
import { LoadError, PageLoader } from '../Loading';
import { ShownOnceUrl } from './ShownOnceUrl';

export function RequestLinkCard() {
  const link = useRequestLink();
  const create = useCreateRequestLink();
  const revoke = useRevokeRequestLink();
  const [url, setUrl] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'rotate' | 'revoke' | null>(null);

  const make = () =>
    create.mutate(undefined, {
      onSuccess: (made) => {
        setUrl(made.url);
        setConfirm(null);
      },
      onError: (e) => notifications.show({ color: 'red', title: 'No link made', message: errorMessage(e) }),
    });
  const turnOff = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setConfirm(null);
        notifications.show({ message: 'Request link turned off' });
      },
      onError: (e) => notifications.show({ color: 'red', title: 'Not turned off', message: errorMessage(e) }),
    });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="request-link-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" id="request-link-title">
            Introduction request link
          </Title>
          <Text fz="sm" c="dimmed">
            A page where people can ask you for an introduction: whom they would like to meet, why, and a
            short paragraph about themselves. Requests arrive on Today for you to accept or decline; the page
            shows only your name, nothing about your network.
          </Text>
        </div>
        {link.isPending ? (
          <PageLoader />
        ) : link.isError ? (
          <LoadError error={link.error} onRetry={() => void link.refetch()} />
        ) : (
          <>
            {url && <ShownOnceUrl label="Request link" url={url} />}
            {link.data.active ? (
              <Group justify="space-between" gap="sm">
                <Text fz="sm">
                  The link is on
                  {link.data.createdAt ? ` (made ${formatDate(link.data.createdAt)})` : ''}.
                </Text>
                <Group gap="xs">
                  <Button variant="default" onClick={() => setConfirm('rotate')}>
                    Make a new link
                  </Button>
                  <Button variant="subtle" color="red" onClick={() => setConfirm('revoke')}>
                    Turn off
                  </Button>
                </Group>
              </Group>
            ) : (
              <Group justify="flex-start">
                <Button leftSection={<IconLink size={16} />} loading={create.isPending} onClick={make}>
                  Create the link
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirm === 'rotate'}
        title="Make a new request link?"
        confirmLabel="Make a new link"
        loading={create.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={make}
      >
        The current link stops working at once: share the new one instead.
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'revoke'}
        title="Turn the request link off?"
        confirmLabel="Turn off"
        loading={revoke.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={turnOff}
      >
        The link stops working at once; requests already sent stay on Today.
      </ConfirmDialog>
    </Paper>
  );
}
