// Settings → Suggestions: how many introductions the connector wants suggested a week, and how long a pair
// rests after someone said no. The Suggestions page changes the first too; this is where both are found.
import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMatchingSettings, useUpdateMatchingSettings } from '../../api/suggestions';
import type { MatchingSettings } from '../../api/types';
import { LoadError, PageLoader } from '../Loading';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

interface Values {
  suggestionsPerWeek: number | string;
  declineCooldownDays: number | string;
}

export function MatchingSettingsCard() {
  const settings = useMatchingSettings();
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="matching-settings-title"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id="matching-settings-title">
            Suggestions
          </Title>
          <Text fz="sm" c="dimmed">
            Linchpin suggests the few introductions worth making. Choose how many you want a week, and how
            long a pair rests after one of them said no.
          </Text>
        </div>
        {settings.isPending ? (
          <PageLoader />
        ) : settings.error ? (
          <LoadError error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <MatchingSettingsForm
            key={`${settings.data.suggestionsPerWeek}-${settings.data.declineCooldownDays}`}
            saved={settings.data}
          />
        )}
      </Stack>
    </Paper>
  );
}

function MatchingSettingsForm({ saved }: { saved: MatchingSettings }) {
  const update = useUpdateMatchingSettings();
  const form = useForm<Values>({ initialValues: saved });
  const { onSubmit, problem, saving } = useServerSubmit(form, async (values: Values) => {
    const now = await update.mutateAsync({
      suggestionsPerWeek: Number(values.suggestionsPerWeek),
      declineCooldownDays: Number(values.declineCooldownDays),
    });
    notifications.show({
      color: 'pine',
      message: `Up to ${now.suggestionsPerWeek} suggestions a week; a pair rests ${now.declineCooldownDays} days after a no`,
    });
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <ProblemAlert problem={problem} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Suggestions a week"
            description="How many introductions to propose (1–100)"
            min={1}
            max={100}
            allowDecimal={false}
            {...form.getInputProps('suggestionsPerWeek')}
          />
          <NumberInput
            label="Rest after a no (days)"
            description="Before a pair someone declined is suggested again (0: no rest)"
            min={0}
            max={3650}
            allowDecimal={false}
            {...form.getInputProps('declineCooldownDays')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            Save suggestion settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
