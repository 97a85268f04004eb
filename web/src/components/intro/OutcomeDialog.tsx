// Recording how an introduction went, which closes it: the outcome, the value of business done, who did
// not show up, and a note; and, when the outcome says the introduction answered its need, marking it met.
import { Checkbox, Modal, NumberInput, Radio, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { IntroductionDetail, OutcomeBody, OutcomeKind } from '../../api/types';
import { outcomeLabels } from '../../lib/intro-labels';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';

interface Values {
  outcome: OutcomeKind;
  value: number | string;
  noShowPersonId: string;
  note: string;
  markNeedMet: boolean;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  intro: IntroductionDetail;
  onSubmit: (body: OutcomeBody) => Promise<unknown>;
}

export function OutcomeDialog({ opened, onClose, intro, onSubmit }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Record the outcome" size="lg">
      <OutcomeForm key={String(opened)} intro={intro} onSubmit={onSubmit} onCancel={onClose} />
    </Modal>
  );
}

function OutcomeForm({
  intro,
  onSubmit,
  onCancel,
}: Omit<Props, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const form = useForm<Values>({
    initialValues: { outcome: 'met_helpful', value: '', noShowPersonId: '', note: '', markNeedMet: true },
    validate: {
      noShowPersonId: (v, values) =>
        values.outcome !== 'no_show' || v ? null : 'Choose who did not show up',
    },
  });
  const {
    onSubmit: submit,
    problem,
    saving,
  } = useServerSubmit(form, (v: Values) =>
    onSubmit({
      outcome: v.outcome,
      ...(v.outcome === 'business_done' && typeof v.value === 'number' ? { value: v.value } : {}),
      ...(v.outcome === 'no_show' ? { noShowPersonId: v.noShowPersonId } : {}),
      ...(v.note.trim() ? { note: v.note.trim() } : {}),
      ...(intro.canMarkNeedMet.includes(v.outcome) ? { markNeedMet: v.markNeedMet } : {}),
    }),
  );
  const outcome = form.getValues().outcome;
  const need = intro.need;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <Radio.Group label="How did it go?" {...form.getInputProps('outcome')}>
          <Stack gap={8} mt={6}>
            {(Object.keys(outcomeLabels) as OutcomeKind[]).map((k) => (
              <Radio key={k} value={k} label={outcomeLabels[k]} />
            ))}
          </Stack>
        </Radio.Group>
        {outcome === 'business_done' && (
          <NumberInput
            label="Value of the business done"
            description="Optional; in your own currency."
            min={0}
            thousandSeparator=","
            {...form.getInputProps('value')}
            w={{ base: '100%', xs: 240 }}
          />
        )}
        {outcome === 'no_show' && (
          <Select
            label="Who did not show up"
            data={[intro.personA, intro.personB].map((p) => ({ value: p.id, label: p.name }))}
            {...form.getInputProps('noShowPersonId')}
            w={{ base: '100%', xs: 280 }}
          />
        )}
        {need && intro.canMarkNeedMet.includes(outcome) && (
          <Checkbox
            label={`Mark “${need.text.length > 80 ? `${need.text.slice(0, 79)}…` : need.text}” as met`}
            description="The need this introduction answered; it leaves the open needs and suggestions."
            {...form.getInputProps('markNeedMet', { type: 'checkbox' })}
          />
        )}
        <Textarea label="Note" autosize minRows={2} {...form.getInputProps('note')} />
        <FormActions submitLabel="Record outcome and close" saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
