import { Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Offer, OfferBody, OfferStatus } from '../../api/types';
import { offerStatusLabels } from '../../lib/labels';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';
import { StatusSelect } from './StatusSelect';

interface Values {
  text: string;
  tags: string[];
  idealCounterpart: string;
  status: OfferStatus;
}

export function OfferForm({
  offer,
  onSubmit,
  onCancel,
}: {
  offer?: Offer;
  onSubmit: (body: Required<OfferBody>) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<Values>({
    initialValues: {
      text: offer?.text ?? '',
      tags: offer?.tags ?? [],
      idealCounterpart: offer?.idealCounterpart ?? '',
      status: offer?.status ?? 'active',
    },
    validate: { text: (v) => (v.trim() ? null : 'Say what they can offer') },
  });
  const { onSubmit: submit, problem, saving } = useServerSubmit(form, onSubmit, { collapse: ['tags'] });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <TextInput
          label="What can they offer?"
          description="e.g. “intros to UK retail buyers”, “a second opinion on pricing”."
          required
          data-autofocus
          {...form.getInputProps('text')}
        />
        <TagsInput
          label="Tags"
          placeholder="e.g. retail, pricing"
          clearable
          {...form.getInputProps('tags')}
        />
        <Textarea
          label="Ideal counterpart"
          description="Who they most want to help, e.g. “seed-stage B2B founders”."
          autosize
          minRows={2}
          {...form.getInputProps('idealCounterpart')}
        />
        {offer && <StatusSelect labels={offerStatusLabels} {...form.getInputProps('status')} />}
        <FormActions submitLabel={offer ? 'Save offer' : 'Add offer'} saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
