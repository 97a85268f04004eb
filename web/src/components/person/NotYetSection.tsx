// "Not yet": when this person asks for referrals, the connector can answer with the criteria they would
// like to see first (they join the person's vouch criteria). Once all are met, it says so here and on
// Today, until the connector has seen it.
import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useNotYet, useRecordNotYet } from '../../api/intro-requests';
import { useAcknowledge } from '../../api/today';
import { IconCheck } from '../icons';
import { SectionCard } from './SectionCard';

export function NotYetSection({ personId, personName }: { personId: string; personName: string }) {
  const answers = useNotYet(personId);
  const record = useRecordNotYet(personId);
  const ack = useAcknowledge();
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState('');
  const [criteria, setCriteria] = useState('');
  const items = answers.data?.items ?? [];
  const prefix = answers.data?.acknowledgeKey ?? 'criteria_met:';

  const save = () =>
    record.mutate(
      {
        asked: asked.trim(),
        criteria: criteria
          .split('\n')
          .map((c) => c.trim())
          .filter(Boolean),
      },
      {
        onSuccess: () => {
          setOpen(false);
          setAsked('');
          setCriteria('');
          notifications.show({ color: 'pine', message: 'Recorded: Today will tell you once these are met' });
        },
        onError: (e) => notifications.show({ color: 'red', title: 'Not recorded', message: errorMessage(e) }),
      },
    );

  return (
    <SectionCard
      title="Asked for referrals"
      count={items.length}
      addLabel="Answer “not yet”"
      onAdd={() => setOpen(true)}
    >
      {items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          When {personName} asks you for referrals and you would like to see more first, answer “not yet” with
          your criteria: you will be told when they are met.
        </Text>
      ) : (
        <Stack gap="xs">
          {items.map((a) =>
            a.met ? (
              <Alert key={a.id} color="pine" icon={<IconCheck />} title="Your criteria are met now">
                <Text fz="sm">
                  {personName}
                  {a.asked ? ` asked for ${a.asked}` : ' asked for referrals'}: {a.criteria.join(', ')} — all
                  met. You could recommend them now.
                </Text>
                <Button
                  mt="xs"
                  size="compact-sm"
                  variant="light"
                  loading={ack.isPending}
                  onClick={() =>
                    ack.mutate([`${prefix}${a.id}`], { onSuccess: () => void answers.refetch() })
                  }
                >
                  Got it
                </Button>
              </Alert>
            ) : (
              <Text key={a.id} fz="sm">
                Not yet{a.asked ? ` (${a.asked})` : ''}: waiting for {a.waitingFor.join(', ')}.
              </Text>
            ),
          )}
        </Stack>
      )}
      <Modal opened={open} onClose={() => setOpen(false)} title={`Answer ${personName} “not yet”`} centered>
        <Stack gap="md">
          <TextInput
            label="What they asked for"
            placeholder="referrals to CFOs"
            maxLength={500}
            value={asked}
            onChange={(e) => setAsked(e.currentTarget.value)}
          />
          <Textarea
            label="Criteria you would like to see met first (one a line)"
            autosize
            minRows={3}
            value={criteria}
            onChange={(e) => setCriteria(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button disabled={!criteria.trim()} loading={record.isPending} onClick={save}>
              Record “not yet”
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
