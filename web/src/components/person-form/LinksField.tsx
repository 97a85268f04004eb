import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { type LinkKind, linkKindLabels, options } from '../../lib/labels';
import { IconPlus, IconX } from '../icons';
import type { PersonForm } from './form-type';

const kindOptions = options(linkKindLabels);

export function LinksField({ form }: { form: PersonForm }) {
  const rows = form.values.links;
  return (
    <Fieldset legend="Links" variant="unstyled">
      <Stack gap="xs">
        {rows.length === 0 && (
          <Text fz="sm" c="dimmed">
            LinkedIn, website, GitHub…
          </Text>
        )}
        {rows.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are controlled inputs addressed by index (form path)
          <Group key={`link-${i}`} gap="xs" align="flex-start" wrap="wrap">
            <Select
              aria-label={`Link ${i + 1} kind`}
              data={kindOptions}
              allowDeselect={false}
              w={140}
              {...form.getInputProps(`links.${i}.kind`)}
              onChange={(v) => v && form.setFieldValue(`links.${i}.kind`, v as LinkKind)}
            />
            <TextInput
              aria-label={`Link ${i + 1} address`}
              placeholder="https://…"
              type="url"
              style={{ flex: '1 1 220px' }}
              {...form.getInputProps(`links.${i}.url`)}
            />
            <TextInput
              aria-label={`Link ${i + 1} label`}
              placeholder="Label (optional)"
              style={{ flex: '0 1 160px' }}
              {...form.getInputProps(`links.${i}.label`)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove link ${i + 1}`}
              onClick={() => form.removeListItem('links', i)}
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
            onClick={() => form.insertListItem('links', { kind: 'linkedin', url: '', label: '' })}
          >
            Add link
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
