// Caveats: honest downsides, private unless disclosed on purpose in one introduction.
import { TextInput } from '@mantine/core';
import type { PersonForm } from './form-type';
import { ListField } from './ListField';

export function CaveatsField({ form }: { form: PersonForm }) {
  return (
    <ListField
      form={form}
      path="caveats"
      legend="Caveats"
      noun="caveat"
      help={{
        id: 'caveats-help',
        text: 'Honest downsides, e.g. “slow to pay”. Private: shared only if you choose to disclose one in a specific introduction.',
      }}
      newRow={{ text: '' }}
      rowKey={(i) => form.values.caveats[i]?.id ?? `new-${i}`}
    >
      {(i) => (
        <TextInput
          aria-label={`Caveat ${i + 1}`}
          placeholder="e.g. Takes weeks to reply"
          style={{ flex: 1 }}
          {...form.getInputProps(`caveats.${i}.text`)}
        />
      )}
    </ListField>
  );
}
