// Adding or editing a referral: who referred whom to whom, for what, its status and value. The server
// checks the rules (a closed value only once won, a currency with any value) and names the field.
import { NumberInput, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Referral, ReferralBody } from '../../api/referrals';
import { FormActions } from '../FormActions';
import { ProblemAlert } from '../ProblemAlert';
import { useServerSubmit } from '../useServerForm';
import { PersonIdPicker } from './PersonIdPicker';

interface Values {
  direction: Referral['direction'];
  referrerId: string;
  fromPersonId: string;
  toPersonId: string;
  about: string;
  status: Referral['status'];
  estimatedValue: number | string;
  closedValue: number | string;
  currency: string;
  date: string;
}

const amount = (v: number | string) => (v === '' ? null : Number(v));

export function ReferralForm({
  referral,
  defaultCurrency = 'EUR',
  onSubmit,
  onCancel,
}: {
  referral?: Referral;
  defaultCurrency?: string;
  onSubmit: (body: ReferralBody) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<Values, ReferralBody>({
    initialValues: {
      direction: referral?.direction ?? 'given',
      referrerId: referral?.referrerId ?? '',
      fromPersonId: referral?.fromPersonId ?? '',
      toPersonId: referral?.toPersonId ?? '',
      about: referral?.about ?? '',
      status: referral?.status ?? 'open',
      estimatedValue: referral?.estimatedValue ?? '',
      closedValue: referral?.closedValue ?? '',
      currency: referral?.currency ?? defaultCurrency,
      date: referral?.date ?? '',
    },
    transformValues: (v) => {
      const estimatedValue = amount(v.estimatedValue);
      const closedValue = v.status === 'won' ? amount(v.closedValue) : null;
      return {
        direction: v.direction,
        referrerId: v.referrerId || null,
        fromPersonId: v.fromPersonId || null,
        toPersonId: v.direction === 'given' ? v.toPersonId || null : null,
        about: v.about,
        status: v.status,
        estimatedValue,
        closedValue,
        currency: estimatedValue === null && closedValue === null ? null : v.currency.trim() || null,
        ...(v.date ? { date: v.date } : {}),
      };
    },
  });
  const { onSubmit: submit, problem, saving } = useServerSubmit(form, onSubmit);
  const v = form.getValues();
  const personField = (field: 'referrerId' | 'fromPersonId' | 'toPersonId') => ({
    value: v[field],
    onChange: (id: string) => form.setFieldValue(field, id),
    error: form.errors[field],
  });
  const given = v.direction === 'given';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProblemAlert problem={problem} />
        <Stack gap={4}>
          <Text component="div" id="direction-label" fz="sm" fw={600}>
            Direction
          </Text>
          <SegmentedControl
            aria-labelledby="direction-label"
            data={[
              { value: 'given', label: 'I referred someone' },
              { value: 'received', label: 'Someone referred business to me' },
            ]}
            {...form.getInputProps('direction')}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        {given ? (
          <>
            <PersonIdPicker label="Who was referred (the client)" {...personField('fromPersonId')} />
            <PersonIdPicker label="To whom" required {...personField('toPersonId')} />
          </>
        ) : (
          <>
            <PersonIdPicker label="Who referred them to you" required {...personField('referrerId')} />
            <PersonIdPicker label="Who was referred (the client)" {...personField('fromPersonId')} />
          </>
        )}
        <Textarea label="What for" autosize minRows={2} {...form.getInputProps('about')} />
        <Stack gap={4}>
          <Text component="div" id="status-label" fz="sm" fw={600}>
            Status
          </Text>
          <SegmentedControl
            aria-labelledby="status-label"
            data={[
              { value: 'open', label: 'Open' },
              { value: 'won', label: 'Won' },
              { value: 'lost', label: 'Lost' },
            ]}
            {...form.getInputProps('status')}
            style={{ alignSelf: 'flex-start' }}
          />
        </Stack>
        <NumberInput
          label="Estimated value"
          min={0}
          decimalScale={2}
          {...form.getInputProps('estimatedValue')}
        />
        {v.status === 'won' && (
          <NumberInput label="Closed value" min={0} decimalScale={2} {...form.getInputProps('closedValue')} />
        )}
        <TextInput
          label="Currency"
          description="ISO 4217, e.g. EUR"
          maxLength={3}
          w={140}
          {...form.getInputProps('currency')}
        />
        <TextInput
          label="Date"
          description="Leave empty for today."
          type="date"
          w={{ base: '100%', xs: 220 }}
          {...form.getInputProps('date')}
        />
        <FormActions
          submitLabel={referral ? 'Save referral' : 'Add referral'}
          saving={saving}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
