// An editable list of single-line values (emails, phones): one labelled input per row.
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '../icons';
import type { PersonForm } from './form-type';

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
  const rows = form.values[path];
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text fz="sm" c="dimmed">
            None yet.
          </Text>
        )}
        {rows.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are controlled inputs addressed by index (form path)
          <Group key={`${path}-${i}`} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={`${noun} ${i + 1}`}
              type={type}
              placeholder={placeholder}
              autoComplete={autoComplete}
              style={{ flex: 1 }}
              {...form.getInputProps(`${path}.${i}`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`}
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
            onClick={() => form.insertListItem(path, '')}
          >
            Add {noun.toLowerCase()}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
