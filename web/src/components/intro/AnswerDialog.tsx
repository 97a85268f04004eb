// Recording an answer someone gave by phone, in person or by message: who, what, how, and for "not now"
// the date to ask again (with one-month and three-month shortcuts).
import { Button, Group, Modal, Radio, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AnswerBody, AnswerChannel, Introduction, Party } from '../../api/types';
import { ymdInDays } from '../../lib/dates';
import { connectorChannelLabels } from '../../lib/intro-labels';
import { options } from '../../lib/labels';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

interface Values {
  personId: string;
  answer: 'yes' | 'later' | 'no';
  until: string;
  channel: AnswerChannel;
  note: string;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  intro: Introduction;
  /** The parties an answer can be recorded for now. */
  parties: Party[];
  onSubmit: (body: AnswerBody) => Promise<unknown>;
}

export function AnswerDialog({ opened, onClose, intro, parties, onSubmit }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Record an answer" size="lg">
      <AnswerForm
        key={String(opened)}
        intro={intro}
        parties={parties}
        onSubmit={onSubmit}
        onCancel={onClose}
      />
    </Modal>
  );
}

function AnswerForm({
  intro,
  parties,
  onSubmit,
  onCancel,
}: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const people = parties.map((p) => (p === 'a' ? intro.personA : intro.personB));
  const form = useForm<Values>({
    initialValues: { personId: people[0]?.id ?? '', answer: 'yes', until: '', channel: 'phone', note: '' },
    validate: {
      personId: (v) => (v ? null : 'Choose who answered'),
      until: (v, values) => (values.answer !== 'later' || v ? null : 'Choose the date to ask again'),
    },
  });
  const {
    onSubmit: submit,
    problem,
    saving,
  } = useServerSubmit(form, (v: Values) =>
    onSubmit({
      personId: v.personId,
      answer: v.answer,
      channel: v.channel,
      ...(v.answer === 'later' ? { until: v.until } : {}),
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
    }),
  );
  const later = form.getValues().answer === 'later';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <Select
          label="Who answered"
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          allowDeselect={false}
          {...form.getInputProps('personId')}
        />
        <Radio.Group label="Their answer" {...form.getInputProps('answer')}>
          <Group gap="lg" mt={6}>
            <Radio value="yes" label="Yes, introduce us" />
            <Radio value="later" label="Not now, ask again later" />
            <Radio value="no" label="No, thanks" />
          </Group>
        </Radio.Group>
        {later && (
          <Stack gap={6}>
            <TextInput
              label="Ask again on"
              type="date"
              required
              min={ymdInDays(1)}
              {...form.getInputProps('until')}
              w={{ base: '100%', xs: 220 }}
            />
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => form.setFieldValue('until', ymdInDays(30))}>
                In a month
              </Button>
              <Button size="xs" variant="light" onClick={() => form.setFieldValue('until', ymdInDays(91))}>
                In 3 months
              </Button>
            </Group>
          </Stack>
        )}
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
