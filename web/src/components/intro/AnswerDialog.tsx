// Recording an answer someone gave by phone, in person or by message: who, what, how, and for "not now"
// the date to ask again (with one-month and three-month shortcuts).
import { Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import type { AnswerBody } from '../../api/types';
import { ymdInDays } from '../../lib/dates';
import {
  RecordAnswerDialog,
  type RecordAnswerProps,
  type RecordedValues,
  recordedBy,
} from './RecordAnswerDialog';

interface Values extends RecordedValues {
  answer: 'yes' | 'later' | 'no';
  until: string;
}

export function AnswerDialog(props: RecordAnswerProps<AnswerBody>) {
  return (
    <RecordAnswerDialog<Values, AnswerBody>
      {...props}
      title="Record an answer"
      whoLabel="Who answered"
      whoMissing="Choose who answered"
      initialValues={{ answer: 'yes', until: '' }}
      validate={{
        until: (v, values) => (values.answer !== 'later' || v ? null : 'Choose the date to ask again'),
      }}
      toBody={(v) => ({
        ...recordedBy(v),
        answer: v.answer,
        ...(v.answer === 'later' ? { until: v.until } : {}),
      })}
    >
      {(form) => (
        <>
          <Radio.Group label="Their answer" {...form.getInputProps('answer')}>
            <Group gap="lg" mt={6}>
              <Radio value="yes" label="Yes, introduce us" />
              <Radio value="later" label="Not now, ask again later" />
              <Radio value="no" label="No, thanks" />
            </Group>
          </Radio.Group>
          {form.getValues().answer === 'later' && (
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
        </>
      )}
    </RecordAnswerDialog>
  );
}
