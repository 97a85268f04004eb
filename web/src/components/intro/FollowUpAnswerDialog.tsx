// Recording how it went for one person, as they told the connector by phone, in person or by message
// (the follow-up email's one-click answers, given another way).
import { Modal, Radio, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AnswerChannel, FollowUpAnswerBody, Introduction, Party } from '../../api/types';
import { connectorChannelLabels, followUpLabels } from '../../lib/intro-labels';
import { options } from '../../lib/labels';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

type FollowUpAnswer = FollowUpAnswerBody['answer'];

interface Values {
  personId: string;
  answer: FollowUpAnswer;
  channel: AnswerChannel;
  note: string;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  intro: Introduction;
  /** The people whose answer can be recorded now. */
  parties: Party[];
  onSubmit: (body: FollowUpAnswerBody) => Promise<unknown>;
}

export function FollowUpAnswerDialog({ opened, onClose, intro, parties, onSubmit }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Record how it went" size="lg">
      <FollowUpAnswerForm
        key={String(opened)}
        intro={intro}
        parties={parties}
        onSubmit={onSubmit}
        onCancel={onClose}
      />
    </Modal>
  );
}

function FollowUpAnswerForm({
  intro,
  parties,
  onSubmit,
  onCancel,
}: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const people = parties.map((p) => (p === 'a' ? intro.personA : intro.personB));
  const form = useForm<Values>({
    initialValues: { personId: people[0]?.id ?? '', answer: 'met_helpful', channel: 'phone', note: '' },
    validate: { personId: (v) => (v ? null : 'Choose who told you') },
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
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <Select
          label="Who told you"
          data={people.map((p) => ({ value: p.id, label: p.name }))}
          allowDeselect={false}
          {...form.getInputProps('personId')}
        />
        <Radio.Group label="How it went" {...form.getInputProps('answer')}>
          <Stack gap={6} mt={6}>
            {(Object.keys(followUpLabels) as FollowUpAnswer[]).map((k) => (
              <Radio key={k} value={k} label={followUpLabels[k]} />
            ))}
          </Stack>
        </Radio.Group>
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
