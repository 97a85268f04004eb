import { SegmentedControl, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Need, NeedBody, NeedStatus, Urgency } from '../../api/types';
import { needStatusLabels, options, urgencyLabels } from '../../lib/labels';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';
import { StatusSelect } from './StatusSelect';

interface Values {
  text: string;
  tags: string[];
  urgency: Urgency;
  neededBy: string;
  status: NeedStatus;
}

export function NeedForm({
  need,
  onSubmit,
  onCancel,
}: {
  need?: Need;
  onSubmit: (body: Required<NeedBody>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<Values, Required<NeedBody>>({
    initialValues: {
      text: need?.text ?? '',
      tags: need?.tags ?? [],
      urgency: need?.urgency ?? 'normal',
      neededBy: need?.neededBy ?? '',
      status: need?.status ?? 'open',
    },
    validate: { text: (v) => (v.trim() ? null : 'Say what they are looking for') },
    transformValues: (v) => ({ ...v, neededBy: v.neededBy || null }),
  });
  const { onSubmit: submit, problem, saving } = useServerSubmit(form, onSubmit, { collapse: ['tags'] });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <TextInput
          label="What do they need?"
          description="Be specific: “a fractional CFO for a seed-stage fintech” beats “finance help”."
          required
          data-autofocus
          {...form.getInputProps('text')}
        />
        <TagsInput
          label="Tags"
          placeholder="e.g. finance, hiring"
          clearable
          {...form.getInputProps('tags')}
        />
        <Stack gap={4}>
          <Text component="div" id="urgency-label" fz="sm" fw={600}>
            Urgency
          </Text>
          <SegmentedControl
            aria-labelledby="urgency-label"
            data={options(urgencyLabels)}
            {...form.getInputProps('urgency')}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <TextInput
          label="Needed by"
          description="Leave empty if there is no date."
          type="date"
          {...form.getInputProps('neededBy')}
          w={{ base: '100%', xs: 220 }}
        />
        {need && <StatusSelect labels={needStatusLabels} {...form.getInputProps('status')} />}
        <FormActions submitLabel={need ? 'Save need' : 'Add need'} saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
