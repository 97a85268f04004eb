// Your display name: it signs your emails and names you in their From line ("Alex Kim (via Linchpin)").
// Without one, emails are signed with your email address.
import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useUpdateAccount } from '../../api/session';
import type { Account } from '../../api/types';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

export function ProfileCard({ account }: { account: Account }) {
  const update = useUpdateAccount();
  const form = useForm({ initialValues: { name: account.name ?? '' } });
  const { onSubmit, problem, saving } = useServerSubmit(form, async (values: { name: string }) => {
    const saved = await update.mutateAsync({ name: values.name.trim() || null });
    form.setValues({ name: saved.name ?? '' });
    form.resetDirty();
    notifications.show({
      color: 'pine',
      message: saved.name ? 'Your name is saved' : 'Your name is cleared',
    });
  });
  const shown = form.getValues().name.trim() || account.email;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="profile-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="profile-title">
            Your name
          </Title>
          <ProblemAlert problem={problem} />
          <TextInput
            label="Display name"
            description={`Your emails are signed “${shown}” and come from “${shown} (via Linchpin)”. Leave it empty to use your email.`}
            placeholder="Alex Kim"
            maxLength={100}
            autoComplete="name"
            {...form.getInputProps('name')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={saving} disabled={!form.isDirty()}>
              Save name
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
