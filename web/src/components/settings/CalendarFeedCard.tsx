// The secret calendar feed: follow-ups, check-backs, needed-by and keep-in-touch dates in the
// connector's own calendar app. The URL is shown once (only its hash is kept); making a new one or
// turning the feed off stops the old URL at once, so both ask first.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/calendar-feed';
import { errorMessage } from '../../api/client';
import { formatDate } from '../../lib/dates';
import { ConfirmDialog } from '../ConfirmDialog';
import { IconCalendar } from '../icons';
import { LoadError, PageLoader } from '../Loading';
import { ShownOnceUrl } from './ShownOnceUrl';

export function CalendarFeedCard() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'rotate' | 'revoke' | null>(null);

  const make = () =>
    create.mutate(undefined, {
      onSuccess: (made) => {
        setUrl(made.url);
        setConfirm(null);
      },
      onError: (e) => notifications.show({ color: 'red', title: 'No feed made', message: errorMessage(e) }),
    });
  const turnOff = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setConfirm(null);
        notifications.show({ message: 'Calendar feed turned off' });
      },
      onError: (e) => notifications.show({ color: 'red', title: 'Not turned off', message: errorMessage(e) }),
    });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="md">
        <div>
          <Title order={2} fz="h4" id="calendar-feed-title">
            Calendar feed
          </Title>
          <Text fz="sm" c="dimmed">
            Follow-ups, check-backs, needed-by dates and keep-in-touch dates as all-day events in your own
            calendar app: subscribe to the feed's address. Anyone with the address can read these dates.
          </Text>
        </div>
        {feed.isPending ? (
          <PageLoader />
        ) : feed.isError ? (
          <LoadError error={feed.error} onRetry={() => void feed.refetch()} />
        ) : (
          <>
            {url && <ShownOnceUrl label="Feed address" url={url} />}
            {feed.data.active ? (
              <Group justify="space-between" gap="sm">
                <Text fz="sm">
                  The feed is on
                  {feed.data.createdAt ? ` (address made ${formatDate(feed.data.createdAt)})` : ''}.
                </Text>
                <Group gap="xs">
                  <Button variant="default" onClick={() => setConfirm('rotate')}>
                    Make a new address
                  </Button>
                  <Button variant="subtle" color="red" onClick={() => setConfirm('revoke')}>
                    Turn off
                  </Button>
                </Group>
              </Group>
            ) : (
              <Group justify="flex-start">
                <Button leftSection={<IconCalendar size={16} />} loading={create.isPending} onClick={make}>
                  Create the feed
                </Button>
              </Group>
            )}
          </>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirm === 'rotate'}
        title="Make a new feed address?"
        confirmLabel="Make a new address"
        loading={create.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={make}
      >
        The current address stops working at once: calendars subscribed to it need the new one.
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirm === 'revoke'}
        title="Turn the calendar feed off?"
        confirmLabel="Turn off"
        loading={revoke.isPending}
        onClose={() => setConfirm(null)}
        onConfirm={turnOff}
      >
        The address stops working at once; calendars subscribed to it keep what they last fetched.
      </ConfirmDialog>
    </Paper>
  );
}
