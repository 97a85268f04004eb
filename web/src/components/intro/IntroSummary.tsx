// What the introduction says: the reason, each pitch, the caveats disclosed, and how it went.
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { IntroductionDetail } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { channelLabels, followUpLabels, outcomeLabels } from '../../lib/intro-labels';
import { SectionCard } from '../person/SectionCard';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text fz="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

export function IntroSummary({ intro }: { intro: IntroductionDetail }) {
  const { personA: a, personB: b } = intro;
  const nameOf = (p: 'a' | 'b') => (p === 'a' ? a.name : b.name);
  const other = (p: 'a' | 'b') => (p === 'a' ? b.name : a.name);
  const fu = (['a', 'b'] as const).filter((p) => intro.followUpAnswers[p]);
  return (
    <SectionCard title="The introduction">
      <Field label="Why they should meet">
        <Text fz="sm" className="lp-pre-line">
          {intro.reason}
        </Text>
      </Field>
      <Field label={`What ${b.name} is told about ${a.name}`}>
        <Text fz="sm" className="lp-pre-line" c={intro.pitchA ? undefined : 'dimmed'}>
          {intro.pitchA || '(nothing written)'}
        </Text>
      </Field>
      <Field label={`What ${a.name} is told about ${b.name}`}>
        <Text fz="sm" className="lp-pre-line" c={intro.pitchB ? undefined : 'dimmed'}>
          {intro.pitchB || '(nothing written)'}
        </Text>
      </Field>
      <Field label="Caveats disclosed">
        {intro.disclosedCaveats.length === 0 ? (
          <Text fz="sm" c="dimmed">
            None: every caveat stays private.
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {intro.disclosedCaveats.map((c) => (
              <List.Item key={c.id}>
                {c.text}{' '}
                <Text span fz="xs" c="dimmed">
                  ({nameOf(c.party)}’s, shown to {other(c.party)})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Field>
      {fu.length > 0 && (
        <Field label="Follow-up answers">
          {fu.map((p) => {
            const x = intro.followUpAnswers[p]!;
            const note = intro.outcomes.find(
              (o) => o.source === 'follow_up' && o.party === p && o.outcome === x.answer,
            )?.note;
            return (
              <Stack key={p} gap={0}>
                <Text fz="sm">
                  {nameOf(p)}: {followUpLabels[x.answer]}{' '}
                  <Text span fz="xs" c="dimmed">
                    ({channelLabels[x.channel]}, {formatDateTime(x.at)})
                  </Text>
                </Text>
                {note && (
                  <Text fz="sm" c="dimmed" className="lp-pre-line">
                    “{note}”
                  </Text>
                )}
              </Stack>
            );
          })}
        </Field>
      )}
      {intro.outcome && (
        <Field label="Outcome">
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {outcomeLabels[intro.outcome.kind]}
            </Badge>
            {intro.outcome.value !== null && (
              <Text fz="sm">Value: {intro.outcome.value.toLocaleString()}</Text>
            )}
            {intro.outcome.noShowPersonId && (
              <Text fz="sm">by {intro.outcome.noShowPersonId === a.id ? a.name : b.name}</Text>
            )}
          </Group>
          {intro.outcome.note && (
            <Text fz="sm" className="lp-pre-line">
              {intro.outcome.note}
            </Text>
          )}
        </Field>
      )}
    </SectionCard>
  );
}
