// The connector's own checklist for vouching: each criterion is a label and whether it is met.
import { ActionIcon, Button, Checkbox, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '../icons';
import type { PersonForm } from './form-type';

export function VouchField({ form }: { form: PersonForm }) {
  const rows = form.values.vouchCriteria;
  return (
    <Fieldset legend="Vouch criteria" variant="unstyled" aria-describedby="vouch-help">
      <Text id="vouch-help" fz="sm" c="dimmed" mb="xs">
        What must be true before you vouch for someone. Tick the ones this person meets.
      </Text>
      <Stack gap="xs">
        {rows.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are controlled inputs addressed by index (form path)
          <Group key={`vouch-${i}`} gap="xs" align="flex-start" wrap="nowrap">
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
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove criterion ${i + 1}`}
              onClick={() => form.removeListItem('vouchCriteria', i)}
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
            onClick={() => form.insertListItem('vouchCriteria', { label: '', met: false })}
          >
            Add criterion
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
