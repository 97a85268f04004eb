// The connector's criteria for recommending someone. They belong to the account: a new person starts with
// them unticked, and a connector who keeps none sees no "0 of 3 met" on every quick add.
import { Button, Group, Paper, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useUpdateAccount } from '../../api/session';
import type { Account } from '../../api/types';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

const EXAMPLES = ['Worked with them', 'Checked references', 'Seen their work first-hand'];

export function VouchCriteriaCard({ account }: { account: Account }) {
  const update = useUpdateAccount();
  const form = useForm({ initialValues: { vouchCriteria: account.vouchCriteria } });
  const { onSubmit, problem, saving } = useServerSubmit(form, async (values: { vouchCriteria: string[] }) => {
    const saved = await update.mutateAsync({ vouchCriteria: values.vouchCriteria });
    form.setValues({ vouchCriteria: saved.vouchCriteria });
    form.resetDirty();
    notifications.show({
      color: 'pine',
      message: saved.vouchCriteria.length ? 'Your criteria are saved' : 'You no longer use criteria',
    });
  });
  const empty = form.getValues().vouchCriteria.length === 0;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="vouch-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="h4" id="vouch-title">
            Before you vouch for someone
          </Title>
          <Text size="sm" c="dimmed">
            What must be true before you recommend a person. Everyone you add starts with these, unticked, and
            you tick them on their page. Leave it empty if you do not use criteria.
          </Text>
          <ProblemAlert problem={problem} />
          <TagsInput
            label="Your criteria"
            placeholder={empty ? 'Type a criterion and press Enter' : undefined}
            maxTags={30}
            splitChars={[]}
            {...form.getInputProps('vouchCriteria')}
          />
          {empty && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                For example:
              </Text>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => form.setFieldValue('vouchCriteria', EXAMPLES)}
              >
                {EXAMPLES.join(' · ')}
              </Button>
            </Group>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={saving} disabled={!form.isDirty()}>
              Save criteria
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
