// What the dialogs recording an answer given by phone, in person or by message have in common: whom it
// came from, how it reached the connector and a note, around each dialog's own answer fields.
import { Modal, Select, Stack, Textarea } from '@mantine/core';
import { type FormRulesRecord, type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import type { AnswerChannel, Introduction, Party } from '../../api/types';
import { connectorChannelLabels } from '../../lib/intro-labels';
import { options } from '../../lib/labels';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

export interface RecordedValues {
  personId: string;
  channel: AnswerChannel;
  note: string;
}

/** What a dialog built on this takes; the answer is sent as a B. */
export interface RecordAnswerProps<B> {
  opened: boolean;
  onClose: () => void;
  intro: Introduction;
  /** The people whose answer can be recorded now. */
  parties: Party[];
  onSubmit: (body: B) => Promise<unknown>;
}

interface Props<V extends RecordedValues, B> extends RecordAnswerProps<B> {
  title: string;
  whoLabel: string;
  /** The error when nobody is chosen. */
  whoMissing: string;
  initialValues: Omit<V, keyof RecordedValues>;
  validate?: FormRulesRecord<V>;
  toBody: (values: V) => B;
  /** The dialog's own fields, between who answered and how. */
  children: (form: UseFormReturnType<V>) => ReactNode;
}

/** The body fields every recorded answer has (the note only if one was written). */
export function recordedBy({ personId, channel, note }: RecordedValues) {
  return { personId, channel, ...(note.trim() ? { note: note.trim() } : {}) };
}

export function RecordAnswerDialog<V extends RecordedValues, B>({
  opened,
  onClose,
  title,
  ...rest
}: Props<V, B>) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      {/* Keyed on opened so each opening starts from a fresh form, not a cancelled one. */}
      <RecordAnswerForm key={String(opened)} {...rest} onCancel={onClose} />
    </Modal>
  );
}

function RecordAnswerForm<V extends RecordedValues, B>({
  intro,
  parties,
  onSubmit,
  whoLabel,
  whoMissing,
  initialValues,
  validate,
  toBody,
  children,
  onCancel,
}: Omit<Props<V, B>, 'opened' | 'onClose' | 'title'> & { onCancel: () => void }) {
  const people = parties.map((p) => (p === 'a' ? intro.personA : intro.personB));
  // The casts join the dialog's own part to the shared one, which TypeScript cannot check for a generic V.
  const form = useForm<V>({
    initialValues: { personId: people[0]?.id ?? '', ...initialValues, channel: 'phone', note: '' } as V,
    validate: { personId: (v: string) => (v ? null : whoMissing), ...validate } as FormRulesRecord<V>,
  });
  const { onSubmit: submit, problem, saving } = useServerSubmit(form, (v: V) => onSubmit(toBody(v)));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <Select
          label={whoLabel}
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          allowDeselect={false}
          {...form.getInputProps('personId')}
        />
        {children(form)}
        <Select
          label="How they told you"
          data={options(connectorChannelLabels)}
          allowDeselect={false}
          {...form.getInputProps('channel')}
          w={{ base: '100%', xs: 220 }}
        />
        <Textarea
          label="Note"
          description="What they said, for your records."
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <FormActions submitLabel="Record answer" saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
