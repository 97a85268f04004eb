import { Select, TextInput } from '@mantine/core';
import { type LinkKind, linkKindLabels, options } from '../../lib/labels';
import type { PersonForm } from './form-type';
import { ListField } from './ListField';

const kindOptions = options(linkKindLabels);

export function LinksField({ form }: { form: PersonForm }) {
  return (
    <ListField
      form={form}
      path="links"
      legend="Links"
      noun="link"
      empty="LinkedIn, website, GitHub…"
      newRow={{ kind: 'linkedin', url: '', label: '' }}
      wrap="wrap"
    >
      {(i) => (
        <>
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
        </>
      )}
    </ListField>
  );
}
