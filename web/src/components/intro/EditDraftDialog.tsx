// Editing a draft from its page: the reason, what each person is told about the other, which caveats are
// disclosed, the order of asking and auto-send. Only offered while the server says the draft can change.
import { Grid, Modal, Stack, Switch, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEditIntroduction } from '../../api/introductions';
import { usePerson } from '../../api/people';
import type { IntroductionDetail, Person } from '../../api/types';
import { FormActions } from '../FormActions';
import { LoadError, PageLoader } from '../Loading';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';
import { AskOrderField, type Order } from './AskOrderField';
import { PitchAndCaveats } from './PitchAndCaveats';

interface Values {
  reason: string;
  pitchA: string;
  pitchB: string;
  discloseCaveatIds: string[];
  order: Order;
  firstPersonId: string;
  autoSend: boolean;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  intro: IntroductionDetail;
}

export function EditDraftDialog({ opened, onClose, intro }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Edit the draft" size="xl">
      {opened && <EditDraft intro={intro} onDone={onClose} />}
    </Modal>
  );
}

/** The caveats to choose from belong to the people, so both are read first. */
function EditDraft({ intro, onDone }: { intro: IntroductionDetail; onDone: () => void }) {
  const a = usePerson(intro.personA.id);
  const b = usePerson(intro.personB.id);
  if (a.isPending || b.isPending) return <PageLoader />;
  if (a.isError || b.isError) return <LoadError error={a.error ?? b.error} />;
  return <EditDraftForm intro={intro} a={a.data} b={b.data} onDone={onDone} />;
}

function EditDraftForm({
  intro,
  a,
  b,
  onDone,
}: {
  intro: IntroductionDetail;
  a: Person;
  b: Person;
  onDone: () => void;
}) {
  const edit = useEditIntroduction(intro.id);
  const form = useForm<Values>({
    initialValues: {
      reason: intro.reason,
      pitchA: intro.pitchA,
      pitchB: intro.pitchB,
      discloseCaveatIds: intro.disclosedCaveats.map((c) => c.id),
      order: intro.order,
      firstPersonId: intro.firstParty === 'a' ? a.id : b.id,
      autoSend: intro.autoSend,
    },
    validate: { reason: (v) => (v.trim() ? null : 'Say in a sentence or two why they should meet') },
  });
  const v = form.getValues();
  const {
    onSubmit: submit,
    problem,
    saving,
  } = useServerSubmit(
    form,
    async (values: Values) => {
      await edit.mutateAsync({
        reason: values.reason,
        pitchA: values.pitchA,
        pitchB: values.pitchB,
        discloseCaveatIds: values.discloseCaveatIds,
        order: values.order,
        autoSend: values.autoSend,
        ...(values.order === 'sequential' && values.firstPersonId
          ? { firstPersonId: values.firstPersonId }
          : {}),
      });
      notifications.show({ color: 'pine', message: 'Draft saved' });
      onDone();
    },
    { collapse: ['discloseCaveatIds'] },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <Textarea
          label="Why should they meet?"
          description="A sentence or two. Both people will read it."
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Grid gap="md">
          {(
            [
              [a, b, 'pitchA'],
              [b, a, 'pitchB'],
            ] as const
          ).map(([person, other, field]) => (
            <Grid.Col key={field} span={{ base: 12, md: 6 }}>
              <Title order={3} fz="h6" mb="xs">
                What {other.name} is told about {person.name}
              </Title>
              <PitchAndCaveats
                person={person}
                otherName={other.name}
                pitch={v[field]}
                onPitch={(text) => form.setFieldValue(field, text)}
                pitchError={form.errors[field]}
                disclosed={v.discloseCaveatIds}
                onDisclosed={(ids) => form.setFieldValue('discloseCaveatIds', ids)}
              />
            </Grid.Col>
          ))}
        </Grid>
        <AskOrderField
          kind={intro.kind}
          a={a}
          b={b}
          order={v.order}
          onOrder={(o) => form.setFieldValue('order', o)}
          firstPersonId={v.firstPersonId}
          onFirstPersonId={(id) => form.setFieldValue('firstPersonId', id)}
        />
        <Switch
          label="Send the introduction as soon as both say yes"
          {...form.getInputProps('autoSend', { type: 'checkbox' })}
        />
        <FormActions submitLabel="Save draft" saving={saving} onCancel={onDone} />
      </Stack>
    </form>
  );
}
