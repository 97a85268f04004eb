// Who did not get a message and why, with a way to fix it: a link to correct each person's address and a
// button to send again (a failed message as it was, a partly refused one to the refused recipients alone).
import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { errorMessage } from '../../api/client';
import { useResend } from '../../api/outbox';
import type { OutboxMessage } from '../../api/types';
import { IconAlert, IconMail } from '../icons';

export function UndeliveredNotice({ message: m }: { message: OutboxMessage }) {
  const resend = useResend();
  const open = m.rejected.filter((r) => r.resentAs === null);
  if (m.status !== 'failed' && m.rejected.length === 0) return null;
  const failed = m.status === 'failed';
  const who = open.map((r) => r.name || r.address).join(' and ');
  const label = failed ? 'Resend' : `Resend to ${who}`;
  const send = () =>
    resend.mutate(m.id, {
      onSuccess: (sent) =>
        notifications.show({ color: 'pine', message: `Queued again to ${sent.to.join(', ')}` }),
      onError: (e) =>
        notifications.show({ color: 'red', title: 'Could not resend', message: errorMessage(e) }),
    });
  return (
    <Alert
      color={failed ? 'red' : 'orange'}
      variant="light"
      icon={<IconAlert />}
      title={failed ? 'Not delivered' : 'Not everyone got this email'}
    >
      <Stack gap="xs">
        {failed && m.rejected.length === 0 && (
          <Text fz="sm">
            {m.lastError ?? 'Delivery failed.'} If an address is wrong, fix it on the person first: a resend
            uses their current address.
          </Text>
        )}
        {m.rejected.length > 0 && (
          <List size="sm" spacing={4}>
            {m.rejected.map((r) => (
              <List.Item key={r.address}>
                <strong>{r.name || r.address}</strong> never got it: {r.error}{' '}
                {r.resentAs ? (
                  <Anchor component={Link} to={`/outbox?m=${r.resentAs}`} fz="sm">
                    resent
                  </Anchor>
                ) : (
                  r.personId && (
                    <Anchor component={Link} to={`/people/${r.personId}/edit`} fz="sm">
                      Fix the address
                    </Anchor>
                  )
                )}
              </List.Item>
            ))}
          </List>
        )}
        {(failed || open.length > 0) && (
          <div>
            <Button
              size="xs"
              leftSection={<IconMail size={14} />}
              loading={resend.isPending}
              onClick={send}
              aria-label={label}
            >
              {label}
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
