// The column-mapping step for a CSV the app does not recognise: each column, a few sample values, and
// what it holds. Starts from the server's guess.
import { Alert, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { MappingField } from '../../api/types';
import { type ColumnChoice, checkChoice, fieldLabels, MULTI_FIELDS } from '../../lib/column-mapping';
import { IconAlert } from '../icons';

const fieldOptions = [
  { value: '', label: 'Ignore this column' },
  ...(Object.keys(fieldLabels) as MappingField[]).map((f) => ({
    value: f,
    label: MULTI_FIELDS.includes(f) ? `${fieldLabels[f]} (several columns allowed)` : fieldLabels[f],
  })),
];

interface Props {
  columns: string[];
  sample: string[][];
  choice: ColumnChoice;
  onChange: (choice: ColumnChoice) => void;
}

export function ColumnMapper({ columns, sample, choice, onChange }: Props) {
  const { errors, hasName } = checkChoice(columns, choice);
  return (
    <Stack gap="sm">
      <Text fz="sm">
        This file is a CSV without a format Linchpin knows. Say what each column holds; columns you ignore are
        not imported.
      </Text>
      {!hasName && (
        <Alert color="orange" variant="light" icon={<IconAlert />}>
          No column is chosen as a name. Each person is then named after their company, email or phone, and
          the report says so.
        </Alert>
      )}
      <Paper withBorder component="ul" p={0} m={0} aria-label="Columns" style={{ overflow: 'hidden' }}>
        {columns.map((column, i) => {
          const values = sample
            .map((row) => row[i] ?? '')
            .filter((v) => v.trim())
            .slice(0, 3);
          return (
            <Group
              key={column}
              component="li"
              justify="space-between"
              gap="sm"
              px="md"
              py="sm"
              style={{ listStyle: 'none', borderBottom: '1px solid var(--mantine-color-default-border)' }}
            >
              <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
                <Text fw={600} fz="sm" style={{ overflowWrap: 'anywhere' }}>
                  {column || `(column ${i + 1} has no header)`}
                </Text>
                <Text fz="xs" c="dimmed" lineClamp={2}>
                  {values.length ? values.join(' · ') : 'empty in the first rows'}
                </Text>
              </Stack>
              <Select
                aria-label={`What “${column}” holds`}
                data={fieldOptions}
                value={choice[column] ?? ''}
                onChange={(v) => onChange({ ...choice, [column]: (v ?? '') as MappingField | '' })}
                allowDeselect={false}
                error={errors[column]}
                w={{ base: '100%', xs: 280 }}
              />
            </Group>
          );
        })}
      </Paper>
    </Stack>
  );
}
