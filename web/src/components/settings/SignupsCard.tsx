import { Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';
import { useInstanceSettings, useUpdateInstanceSettings } from '../../api/settings';
import { LoadError } from '../Loading';

export function SignupsCard({ isOwner }: { isOwner: boolean }) {
  const settings = useInstanceSettings();
  const update = useUpdateInstanceSettings();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="signups-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="signups-title">
          Sign-ups
        </Title>
        {settings.isError ? (
          <LoadError error={settings.error} />
        ) : (
          <Switch
            label="Allow sign-ups"
            description={
              isOwner
                ? 'When on, anyone who can reach this server can create their own, separate account.'
                : 'Only the owner of this Linchpin can change this.'
            }
            checked={settings.data?.allowSignups ?? false}
            disabled={!isOwner || settings.isPending}
            onChange={(e) =>
              update.mutate(
                { allowSignups: e.currentTarget.checked },
                {
                  onSuccess: (s) =>
                    notifications.show({
                      color: 'pine',
                      message: s.allowSignups ? 'Sign-ups are now open' : 'Sign-ups are now closed',
                    }),
                  onError: (err) =>
                    notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(err) }),
                },
              )
            }
          />
        )}
        <Text fz="xs" c="dimmed">
          Each account is its own private network; accounts never see each other’s people.
        </Text>
      </Stack>
    </Paper>
  );
}
