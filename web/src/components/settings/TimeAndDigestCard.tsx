// The account's time zone ("today", due dates and the digest follow it) and the digest email: daily or
// weekly (Mondays) at a chosen local hour, or none.
import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useUpdateAccount } from '../../api/session';
import type { Account } from '../../api/types';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

type Frequency = Account['digest']['frequency'];

interface Values {
  timeZone: string;
  frequency: Frequency;
  hour: string;
}

const FREQUENCIES: { value: Frequency; label: string }[] = [
  { value: 'none', label: 'No digest' },
  { value: 'daily', label: 'Every day' },
  { value: 'weekly', label: 'Every Monday' },
];
const HOURS = Array.from({ length: 24 }, (_, h) => ({
  value: String(h),
  label: `${String(h).padStart(2, '0')}:00`,
}));
const isFrequency = (v: string | null): v is Frequency => FREQUENCIES.some((f) => f.value === v);

/** Every zone this browser knows, with the account's own even if the browser does not list it. */
function zoneOptions(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...known])].sort();
}

export function TimeAndDigestCard({ account }: { account: Account }) {
  const update = useUpdateAccount();
  const zones = useMemo(() => zoneOptions(account.timeZone), [account.timeZone]);
  const form = useForm<Values>({
    initialValues: {
      timeZone: account.timeZone,
      frequency: account.digest.frequency,
      hour: String(account.digest.hour),
    },
  });
  const { onSubmit, problem, saving } = useServerSubmit(form, async (values: Values) => {
    const saved = await update.mutateAsync({
      timeZone: values.timeZone,
      digest: { frequency: values.frequency, hour: Number(values.hour) },
    });
    form.setValues({
      timeZone: saved.timeZone,
      frequency: saved.digest.frequency,
      hour: String(saved.digest.hour),
    });
    form.resetDirty();
    notifications.show({ color: 'pine', message: 'Time zone and digest saved' });
  });
  const values = form.getValues();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="time-digest-title">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <div>
            <Title order={2} fz="h4" id="time-digest-title">
              Time zone and digest
            </Title>
            <Text fz="sm" c="dimmed">
              Today, due dates and the digest follow your time zone. The digest is one email with what needs
              you; none is sent on a day with nothing to say.
            </Text>
          </div>
          <ProblemAlert problem={problem} />
          <Select
            label="Time zone"
            searchable
            data={zones}
            allowDeselect={false}
            nothingFoundMessage="No such time zone"
            {...form.getInputProps('timeZone')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Digest email"
              data={FREQUENCIES}
              allowDeselect={false}
              {...form.getInputProps('frequency')}
              onChange={(v) => isFrequency(v) && form.setFieldValue('frequency', v)}
            />
            <Select
              label="At"
              description={`Your time (${values.timeZone})`}
              data={HOURS}
              allowDeselect={false}
              disabled={values.frequency === 'none'}
              {...form.getInputProps('hour')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={saving} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
