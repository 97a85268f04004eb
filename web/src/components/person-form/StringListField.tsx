// An editable list of single-line values (emails, phones): one labelled input per row.
import { TextInput } from '@mantine/core';
import type { PersonForm } from './form-type';
import { ListField } from './ListField';

interface Props {
  form: PersonForm;
  path: 'emails' | 'phones';
  legend: string;
  noun: string;
  type?: string;
  placeholder?: string;
  autoComplete?: string;
}

export function StringListField({
  form,
  path,
  legend,
  noun,
  type = 'text',
  placeholder,
  autoComplete,
}: Props) {
  return (
    <ListField form={form} path={path} legend={legend} noun={noun.toLowerCase()} empty="None yet." newRow="">
      {(i) => (
        <TextInput
          aria-label={`${noun} ${i + 1}`}
          type={type}
          placeholder={placeholder}
          autoComplete={autoComplete}
          style={{ flex: 1 }}
          {...form.getInputProps(`${path}.${i}`)}
        />
      )}
    </ListField>
  );
}
