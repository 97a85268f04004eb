// The person picker for a form that holds a person's id ('' for nobody): loads the chosen person to show them.
import type { SelectProps } from '@mantine/core';
import { usePerson } from '../../api/people';
import { PersonPicker } from '../intro/PersonPicker';

interface Props extends Omit<SelectProps, 'value' | 'onChange' | 'data'> {
  value: string;
  onChange: (id: string) => void;
}

export function PersonIdPicker({ value, onChange, ...rest }: Props) {
  const person = usePerson(value);
  return (
    <PersonPicker
      value={value && person.data ? person.data : null}
      onChange={(p) => onChange(p?.id ?? '')}
      {...rest}
    />
  );
}
