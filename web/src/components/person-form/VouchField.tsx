// The connector's own checklist for vouching: each criterion is a label and whether it is met.
import { Checkbox, TextInput } from '@mantine/core';
import type { PersonForm } from './form-type';
import { ListField } from './ListField';

export function VouchField({ form }: { form: PersonForm }) {
  return (
    <ListField
      form={form}
      path="vouchCriteria"
      legend="Vouch criteria"
      noun="criterion"
      help={{
        id: 'vouch-help',
        text: 'What must be true before you vouch for someone. Tick the ones this person meets.',
      }}
      newRow={{ label: '', met: false }}
    >
      {(i) => (
        <>
          <Checkbox
            mt={8}
            aria-label={`Criterion ${i + 1} is met`}
            {...form.getInputProps(`vouchCriteria.${i}.met`, { type: 'checkbox' })}
          />
          <TextInput
            aria-label={`Criterion ${i + 1}`}
            placeholder="e.g. Worked with them"
            style={{ flex: 1 }}
            {...form.getInputProps(`vouchCriteria.${i}.label`)}
          />
        </>
      )}
    </ListField>
  );
}
