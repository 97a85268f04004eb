// The order of asking: sequential (one person first, the other only after a yes) or both at once. Who goes
// first by default is the domain's decision (defaultFirstParty); this only explains it and offers a swap.
import { Alert, Radio, Select, Stack, Text } from '@mantine/core';
import { defaultFirstParty } from '../../../../src/domain/introduction/propose';
import type { IntroKind, Party, Person } from '../../api/types';
import { IconClock } from '../icons';

export type Order = 'sequential' | 'parallel';

/** Why the default person goes first, in words. */
export function firstPartyReason(kind: IntroKind, a: Person, b: Person): { party: Party; why: string } {
  const party = defaultFirstParty(a.introPreferences, b.introPreferences);
  const first = party === 'a' ? a : b;
  if (first.introPreferences.askFirst) {
    return { party, why: `${first.name} is marked “ask me first” (busy or sought-after).` };
  }
  if (kind === 'seeker_provider') {
    return { party, why: `${first.name} is the seeker: the customer side is asked before the provider.` };
  }
  return { party, why: `${first.name} is named first; swap them or choose below to change it.` };
}

interface Props {
  kind: IntroKind;
  a: Person;
  b: Person;
  order: Order;
  onOrder: (order: Order) => void;
  /** Chosen first person, or '' for the default. */
  firstPersonId: string;
  onFirstPersonId: (id: string) => void;
}

export function AskOrderField({ kind, a, b, order, onOrder, firstPersonId, onFirstPersonId }: Props) {
  const { party, why } = firstPartyReason(kind, a, b);
  const byDefault = party === 'a' ? a : b;
  const first = firstPersonId === b.id ? b : firstPersonId === a.id ? a : byDefault;
  const second = first.id === a.id ? b : a;
  return (
    <Stack gap="sm">
      <Radio.Group label="Order of asking" value={order} onChange={(v) => onOrder(v as Order)}>
        <Stack gap={8} mt={6}>
          <Radio
            value="sequential"
            label="One after the other (recommended)"
            description="The second person is asked only after the first says yes, and is told so."
          />
          <Radio
            value="parallel"
            label="Both at once"
            description="Faster, but nobody knows the other’s answer."
          />
        </Stack>
      </Radio.Group>
      {order === 'sequential' && (
        <Alert variant="light" color="pine" icon={<IconClock />} title={`${first.name} will be asked first`}>
          <Stack gap="xs">
            <Text fz="sm">
              {first.id === byDefault.id ? why : `You chose ${first.name}.`} {second.name} is asked only after{' '}
              {first.name} says yes.
            </Text>
            <Select
              label="Ask first"
              data={[
                { value: '', label: `Default: ${byDefault.name}` },
                { value: a.id, label: a.name },
                { value: b.id, label: b.name },
              ]}
              value={firstPersonId}
              onChange={(v) => onFirstPersonId(v ?? '')}
              allowDeselect={false}
              w={{ base: '100%', xs: 280 }}
            />
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
