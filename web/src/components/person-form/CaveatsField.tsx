// Caveats: honest downsides, private unless disclosed on purpose in one introduction.
import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '../icons';
import type { PersonForm } from './form-type';

export function CaveatsField({ form }: { form: PersonForm }) {
  const rows = form.values.caveats;
  return (
    <Fieldset legend="Caveats" variant="unstyled" aria-describedby="caveats-help">
      <Text id="caveats-help" fz="sm" c="dimmed" mb="xs">
        Honest downsides, e.g. “slow to pay”. Private: shared only if you choose to disclose one in a specific
        introduction.
      </Text>
      <Stack gap="xs">
        {rows.map((c, i) => (
          <Group key={c.id ?? `new-${i}`} gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label={`Caveat ${i + 1}`}
              placeholder="e.g. Takes weeks to reply"
              style={{ flex: 1 }}
              {...form.getInputProps(`caveats.${i}.text`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove caveat ${i + 1}`}
              onClick={() => form.removeListItem('caveats', i)}
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
            onClick={() => form.insertListItem('caveats', { text: '' })}
          >
            Add caveat
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
