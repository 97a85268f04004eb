// Where you are signed in, and a way to sign out of everywhere but here.
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useAccountSessions, useSignOutOtherSessions } from '../../api/account-security';
import { errorMessage } from '../../api/client';
import { formatAgo, formatDate } from '../../lib/dates';
import { LoadError, PageLoader } from '../Loading';

export function SessionsCard() {
  const sessions = useAccountSessions();
  const signOutOthers = useSignOutOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;
  const signOut = () =>
    signOutOthers.mutate(undefined, {
      onSuccess: ({ signedOut }) =>
        notifications.show({
          color: 'pine',
          message: `Signed out of ${signedOut} other session${signedOut === 1 ? '' : 's'}`,
        }),
      onError: (e) => notifications.show({ color: 'red', message: errorMessage(e) }),
    });
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sessions-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="h4" id="sessions-title">
              Where you are signed in
            </Title>
            <Text fz="sm" c="dimmed">
              Each browser you signed in with. API tokens are listed below.
            </Text>
          </div>
          <Button
            variant="light"
            color="red"
            disabled={others === 0}
            loading={signOutOthers.isPending}
            onClick={signOut}
          >
            Sign out of other sessions
          </Button>
        </Group>
        {sessions.isPending ? (
          <PageLoader />
        ) : sessions.isError ? (
          <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="xs" aria-label="Sessions">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Signed in</Table.Th>
                  <Table.Th>Ends</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>{formatAgo(s.createdAt)}</Table.Td>
                    <Table.Td>{formatDate(s.expiresAt)}</Table.Td>
                    <Table.Td fw={500}>{s.current ? 'This browser' : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
