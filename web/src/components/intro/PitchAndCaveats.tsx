// One side of a proposal: how this person is presented to the other (the pitch) and which of their caveats
// the other will see. Caveats are private unless ticked here, so nothing is ticked by default.
import { Checkbox, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { Person } from '../../api/types';
import { PrivateBadge } from '../PrivateNotice';

interface Props {
  person: Person;
  otherName: string;
  pitch: string;
  onPitch: (value: string) => void;
  pitchError?: React.ReactNode;
  disclosed: string[];
  onDisclosed: (ids: string[]) => void;
}

export function PitchAndCaveats({
  person,
  otherName,
  pitch,
  onPitch,
  pitchError,
  disclosed,
  onDisclosed,
}: Props) {
  return (
    <Stack gap="sm">
      <Textarea
        label={`About ${person.name}: what ${otherName} will read`}
        description={
          person.blurb
            ? `Pre-filled from ${person.name}’s blurb; edit it for this introduction.`
            : `${person.name} has no blurb yet: write a few lines ${otherName} would want to know.`
        }
        autosize
        minRows={3}
        maxRows={10}
        value={pitch}
        onChange={(e) => onPitch(e.currentTarget.value)}
        error={pitchError}
      />
      {person.caveats.length > 0 && (
        <Paper
          withBorder
          p="sm"
          style={{
            borderColor: 'var(--mantine-color-grape-3)',
            background: 'light-dark(var(--mantine-color-grape-0), var(--mantine-color-dark-6))',
          }}
        >
          <Checkbox.Group
            label={
              <>
                {person.name}’s caveats <PrivateBadge />
              </>
            }
            description={`Private unless you tick one. A ticked caveat is shown to ${otherName} in the request, to be fair to them.`}
            value={disclosed.filter((id) => person.caveats.some((c) => c.id === id))}
            onChange={(ids) => {
              const others = disclosed.filter((id) => !person.caveats.some((c) => c.id === id));
              onDisclosed([...others, ...ids]);
            }}
          >
            <Stack gap={6} mt="xs">
              {person.caveats.map((c) => (
                <Checkbox
                  key={c.id}
                  value={c.id}
                  label={c.text}
                  description={disclosed.includes(c.id) ? `${otherName} will see this` : undefined}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        </Paper>
      )}
      {person.caveats.length === 0 && (
        <Text fz="xs" c="dimmed">
          No caveats recorded for {person.name}.
        </Text>
      )}
    </Stack>
  );
}
