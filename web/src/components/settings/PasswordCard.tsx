// Change your password. The server checks the current one and the strength rule, and signs out your other
// sessions (this one stays signed in).
import { Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useChangePassword } from '../../api/account-security';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

const MIN_LENGTH = 10;

export function PasswordCard() {
  const change = useChangePassword();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', again: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter the password you sign in with now'),
      newPassword: (v) => (v.length < MIN_LENGTH ? `Use at least ${MIN_LENGTH} characters` : null),
      again: (v, values) => (v === values.newPassword ? null : 'The two new passwords differ'),
    },
  });
  const { onSubmit, problem, saving } = useServerSubmit(form, async ({ currentPassword, newPassword }) => {
    await change.mutateAsync({ currentPassword, newPassword });
    form.reset();
    notifications.show({
      color: 'pine',
      message: 'Your password is changed; your other sessions were signed out',
    });
  });
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="password-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={2} fz="h4" id="password-title">
              Password
            </Title>
            <Text fz="sm" c="dimmed">
              Changing it signs you out everywhere else.
            </Text>
          </div>
          <ProblemAlert problem={problem} />
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label="New password"
            description={`At least ${MIN_LENGTH} characters, not a common password`}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label="New password again"
            autoComplete="new-password"
            required
            {...form.getInputProps('again')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
