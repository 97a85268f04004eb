// An editable list of rows in the person form (emails, links, vouch criteria, caveats…): each row's own
// inputs with a button to remove it, and a button to add one. Adding a row puts focus in it; removing
// one puts focus on the row before (or the one that took its place, or the add button), never on <body>.
import { ActionIcon, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import type { FormArrayElement } from '@mantine/form';
import { type ReactNode, useEffect, useRef } from 'react';
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
  const rows = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  /** Where focus goes once the list has re-rendered after an add or a remove: a row, or the add button. */
  const pendingFocus = useRef<number | 'add' | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    const row = target === 'add' ? null : rows.current?.querySelectorAll(':scope > [data-list-row]')[target];
    if (row) focusFirstInput(row);
    else addButton.current?.focus();
  });

  const add = () => {
    pendingFocus.current = count;
    form.insertListItem(path, newRow);
  };
  const remove = (i: number) => {
    // The row before; else the row that moves up into this place; else (the last row) the add button.
    pendingFocus.current = i > 0 ? i - 1 : count > 1 ? 0 : 'add';
    form.removeListItem(path, i);
  };

  return (
    <Fieldset legend={legend} variant="unstyled" aria-describedby={help?.id}>
      {help && (
        <Text id={help.id} fz="sm" c="dimmed" mb="xs">
          {help.text}
        </Text>
      )}
      <Stack gap="xs" ref={rows}>
        {count === 0 && empty && (
          <Text fz="sm" c="dimmed">
            {empty}
          </Text>
        )}
        {Array.from({ length: count }, (_, i) => (
          <Group key={rowKey?.(i) ?? `${path}-${i}`} data-list-row gap="xs" align="flex-start" wrap={wrap}>
            {children(i)}
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${noun} ${i + 1}`}
              onClick={() => remove(i)}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <div>
          <Button
            ref={addButton}
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={add}
          >
            Add {noun}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

/** The row's first input you type into (a link's address, not its kind picker; a criterion's label, not
 * its checkbox), else its first control. */
function focusFirstInput(row: Element) {
  const typed = row.querySelector<HTMLElement>(
    'input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]):not([readonly]), textarea',
  );
  (typed ?? row.querySelector<HTMLElement>('input, textarea, select, button'))?.focus();
}
