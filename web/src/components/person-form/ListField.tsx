// An editable list of rows in the person form (emails, links, vouch criteria, caveats…): each row's own
// inputs with a button to remove it, and a button to add one.
import { ActionIcon, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { FormArrayElement } from '@mantine/form';
import type { ReactNode } from 'react';
import { IconPlus, IconX } from '../icons';
import type { PersonForm } from './form-type';
import type { PersonFormValues } from './values';

type ListPath = {
  [K in keyof PersonFormValues]: PersonFormValues[K] extends unknown[] ? K : never;
}[keyof PersonFormValues];

interface Props<P extends ListPath> {
  form: PersonForm;
  path: P;
  legend: string;
  /** One row, lower case, as the remove and add buttons name it: "Remove link 2", "Add link". */
  noun: string;
  /** Explains the list; the fieldset is described by it, so it needs a unique id. */
  help?: { id: string; text: ReactNode };
  /** Shown in place of the rows while there are none. */
  empty?: ReactNode;
  newRow: FormArrayElement<PersonFormValues, P>;
  /** Rows too wide for one line wrap; the rest keep the remove button on the input's line. */
  wrap?: 'wrap' | 'nowrap';
  /** For rows with a stable identity; the others are addressed by index, like their form paths. */
  rowKey?: (i: number) => string;
  /** The inputs of row i, before its remove button. */
  children: (i: number) => ReactNode;
}

export function ListField<P extends ListPath>({
  form,
  path,
  legend,
  noun,
  help,
  empty,
  newRow,
  wrap = 'nowrap',
  rowKey,
  children,
}: Props<P>) {
  const count = form.values[path].length;
  return (
    <Fieldset legend={legend} variant="unstyled" aria-describedby={help?.id}>
      {help && (
        <Text id={help.id} fz="sm" c="dimmed" mb="xs">
          {help.text}
        </Text>
      )}
      <Stack gap="xs">
        {count === 0 && empty && (
          <Text fz="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {Array.from({ length: count }, (_, i) => (
          <Group key={rowKey?.(i) ?? `${path}-${i}`} gap="xs" align="flex-start" wrap={wrap}>
            {children(i)}
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${noun} ${i + 1}`}
              onClick={() => form.removeListItem(path, i)}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => form.insertListItem(path, newRow)}
          >
            Add {noun}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
