// Review before sending: the email(s) a step sends, exactly as the people will get them (rendered by the
// server from the preview path), with the personal line and each person's blurb editable. What is sent
// is what was last previewed, and the edits are stored with the introduction.
import { Alert, Button, Group, Loader, Modal, Paper, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/client';
import { type ReviewedStep, useStepPreview } from '../../api/introductions';
import type { IntroductionDetail, SendReviewBody } from '../../api/types';
import { IconAlert, IconEye, IconMail } from '../icons';
import { withoutPlaceholderLinks } from './ConsentPreview';

interface Props {
  intro: IntroductionDetail;
  /** The step to review; null: closed. */
  step: ReviewedStep | null;
  onClose: () => void;
  onSend: (review: SendReviewBody) => Promise<unknown>;
}

export function ReviewSendDialog({ intro, step, onClose, onSend }: Props) {
  const title = step ? titleOf(step, intro) : '';
  return (
    <Modal opened={step !== null} onClose={onClose} title={title} size="xl">
      {step && (
        <ReviewForm key={JSON.stringify(step)} intro={intro} step={step} onClose={onClose} onSend={onSend} />
      )}
    </Modal>
  );
}

function titleOf(step: ReviewedStep, intro: IntroductionDetail): string {
  switch (step.type) {
    case 'introduce':
      return 'Review the introduction before sending';
    case 'request':
      return 'Review the consent request before sending';
    case 'reask':
      return 'Review the request before asking again';
    case 'reconfirm':
      return `Ask ${step.party === 'a' ? intro.personA.name : intro.personB.name} to reconfirm`;
  }
}

const SEND_LABEL: Record<ReviewedStep['type'], string> = {
  introduce: 'Send the introduction',
  request: 'Send the request',
  reask: 'Ask again',
  reconfirm: 'Send the reconfirmation',
};

function ReviewForm({ intro, step, onClose, onSend }: Omit<Props, 'step'> & { step: ReviewedStep }) {
  const [personalLine, setPersonalLine] = useState('');
  const [pitchA, setPitchA] = useState(intro.pitchA);
  const [pitchB, setPitchB] = useState(intro.pitchB);
  const [sending, setSending] = useState(false);
  // Only what changed is sent: an untouched blurb stays exactly as the introduction holds it.
  const review: SendReviewBody = {
    ...(personalLine.trim() ? { personalLine: personalLine.trim() } : {}),
    ...(pitchA !== intro.pitchA || pitchB !== intro.pitchB
      ? {
          blurbs: {
            ...(pitchA !== intro.pitchA ? { a: pitchA } : {}),
            ...(pitchB !== intro.pitchB ? { b: pitchB } : {}),
          },
        }
      : {}),
  };
  // Debounced by value: `review` is a new object on every render, its JSON only changes with the fields.
  const json = JSON.stringify(review);
  const [debouncedJson] = useDebouncedValue(json, 400);
  const debounced = useMemo(() => JSON.parse(debouncedJson) as SendReviewBody, [debouncedJson]);
  const preview = useStepPreview(intro.id, step, debounced);
  const upToDate = debouncedJson === json && !preview.isFetching;

  const send = () => {
    setSending(true);
    onSend(review).then(onClose, () => setSending(false));
  };
  const a = intro.personA.name;
  const b = intro.personB.name;

  return (
    <Stack gap="md">
      <Textarea
        label="A line of your own"
        description="Optional: it opens the email, after the greeting."
        autosize
        minRows={2}
        maxLength={1000}
        value={personalLine}
        onChange={(e) => setPersonalLine(e.currentTarget.value)}
      />
      <Group grow align="flex-start" gap="md" wrap="wrap">
        <Textarea
          label={`About ${a}`}
          description={`What ${b} reads about ${a}`}
          autosize
          minRows={3}
          maxLength={4000}
          value={pitchA}
          onChange={(e) => setPitchA(e.currentTarget.value)}
          miw={260}
        />
        <Textarea
          label={`About ${b}`}
          description={`What ${a} reads about ${b}`}
          autosize
          minRows={3}
          maxLength={4000}
          value={pitchB}
          onChange={(e) => setPitchB(e.currentTarget.value)}
          miw={260}
        />
      </Group>
      <Stack gap="xs">
        <Group gap="xs" justify="space-between">
          <Text fz="sm" c="dimmed">
            Exactly as it will arrive. Links are added when it is sent; private notes and caveats you did not
            choose to share never appear.
          </Text>
          {!upToDate && <Loader size="xs" aria-label="Updating the preview" />}
        </Group>
        {preview.isError && !preview.isFetching ? (
          <Alert color="orange" variant="light" icon={<IconAlert />} title="Cannot send" role="alert">
            {errorMessage(preview.error)}
          </Alert>
        ) : !preview.data ? (
          <Loader size="xs" aria-label="Rendering the email" />
        ) : (
          <Tabs defaultValue="0" keepMounted={false}>
            <Tabs.List>
              {preview.data.messages.map((m, i) => (
                <Tabs.Tab
                  key={`${m.kind}-${m.to.join()}`}
                  value={String(i)}
                  leftSection={<IconEye size={14} />}
                >
                  To {m.to.join(', ')}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {preview.data.messages.map((m, i) => (
              <Tabs.Panel key={`${m.kind}-${m.to.join()}`} value={String(i)} pt="sm">
                <Paper withBorder p="md" bg="var(--mantine-color-body)">
                  <Text fz="xs" c="dimmed">
                    From: {m.from}
                    {m.cc.length ? ` · Cc: ${m.cc.join(', ')}` : ''}
                  </Text>
                  <Text fz="sm" fw={600} mb="xs">
                    Subject: {m.subject}
                  </Text>
                  <Text fz="sm" className="lp-pre-line" aria-label={`Email to ${m.to.join(', ')}`}>
                    {withoutPlaceholderLinks(m.text)}
                  </Text>
                </Paper>
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Stack>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          leftSection={<IconMail size={16} />}
          onClick={send}
          loading={sending}
          disabled={!upToDate || preview.isError}
        >
          {SEND_LABEL[step.type]}
        </Button>
      </Group>
    </Stack>
  );
}
