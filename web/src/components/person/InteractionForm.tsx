import { SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Direction, Interaction, InteractionBody, InteractionType } from '../../api/types';
import { appNow, isoToYmd, todayYmd } from '../../lib/dates';
import { directionLabels, interactionTypeLabels, options } from '../../lib/labels';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

interface Values {
  type: InteractionType;
  direction: Direction;
  occurredAt: string;
  note: string;
}

/**
 * The instant to store for the chosen day: an unchanged date keeps its original time, today means now
 * (so the timeline orders today's entries), any other day is sent as a date for the server to place.
 */
function occurredAt(ymd: string, existing?: Interaction): string {
  if (existing && ymd === isoToYmd(existing.occurredAt)) return existing.occurredAt;
  if (ymd === todayYmd()) return appNow().toISOString();
  return ymd;
}

export function InteractionForm({
  interaction,
  onSubmit,
  onCancel,
}: {
  interaction?: Interaction;
  onSubmit: (body: Required<InteractionBody>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<Values>({
    initialValues: {
      type: interaction?.type ?? 'call',
      direction: interaction?.direction ?? 'mutual',
      occurredAt: interaction ? isoToYmd(interaction.occurredAt) : todayYmd(),
      note: interaction?.note ?? '',
    },
    validate: { occurredAt: (v) => (v ? null : 'Pick the date it happened') },
  });
  const {
    onSubmit: submit,
    problem,
    saving,
  } = useServerSubmit(form, (values) =>
    // Keep the original time of day when the date was not changed.
    onSubmit({ ...values, occurredAt: occurredAt(values.occurredAt, interaction) }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label="What happened"
            data={options(interactionTypeLabels)}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('type')}
          />
          <TextInput
            label="Date"
            type="date"
            required
            max={todayYmd()}
            {...form.getInputProps('occurredAt')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text component="div" id="direction-label" fz="sm" fw={600}>
            Who started it
          </Text>
          <SegmentedControl
            aria-labelledby="direction-label"
            data={options(directionLabels)}
            {...form.getInputProps('direction')}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <Textarea
          label="Note"
          placeholder="What did you talk about? Anything to follow up?"
          autosize
          minRows={3}
          {...form.getInputProps('note')}
        />
        <FormActions
          submitLabel={interaction ? 'Save interaction' : 'Add interaction'}
          saving={saving}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
