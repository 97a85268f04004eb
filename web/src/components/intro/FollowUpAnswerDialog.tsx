// Recording how it went for one person, as they told the connector by phone, in person or by message
// (the follow-up email's one-click answers, given another way).
import { Radio, Stack } from '@mantine/core';
import type { FollowUpAnswerBody } from '../../api/types';
import { followUpLabels } from '../../lib/intro-labels';
import {
  RecordAnswerDialog,
  type RecordAnswerProps,
  type RecordedValues,
  recordedBy,
} from './RecordAnswerDialog';

type FollowUpAnswer = FollowUpAnswerBody['answer'];

interface Values extends RecordedValues {
  answer: FollowUpAnswer;
}

export function FollowUpAnswerDialog(props: RecordAnswerProps<FollowUpAnswerBody>) {
  return (
    <RecordAnswerDialog<Values, FollowUpAnswerBody>
      {...props}
      title="Record how it went"
      whoLabel="Who told you"
      whoMissing="Choose who told you"
      initialValues={{ answer: 'met_helpful' }}
      toBody={(v) => ({ ...recordedBy(v), answer: v.answer })}
    >
      {(form) => (
        <Radio.Group label="How it went" {...form.getInputProps('answer')}>
          <Stack gap={6} mt={6}>
            {(Object.keys(followUpLabels) as FollowUpAnswer[]).map((k) => (
              <Radio key={k} value={k} label={followUpLabels[k]} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </RecordAnswerDialog>
  );
}
