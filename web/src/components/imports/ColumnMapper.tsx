// The column-mapping step for a CSV that is none of the known exports: each column, a few sample values,
// and what it holds. Starts from the server's guess (from the headers and the cells), which the user checks.
import { Alert, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { InspectResult, MappingField } from '../../api/types';
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
  /** The server recognised columns (else none, and every column starts ignored). */
  guessed: boolean;
  guesses: InspectResult['columnGuesses'];
  columns: string[];
  sample: string[][];
  choice: ColumnChoice;
  onChange: (choice: ColumnChoice) => void;
}

export function ColumnMapper({ guessed, guesses, columns, sample, choice, onChange }: Props) {
  const { errors, hasName } = checkChoice(columns, choice);
  const why = new Map(guesses.map((g) => [g.column, g]));
  return (
    <Stack gap="sm">
      <Text fz="sm">
        {guessed
          ? 'Linchpin matched these columns by their names and contents. Check what each one holds and change any that is wrong; columns you ignore are not imported.'
          : 'Linchpin could not tell what these columns hold. Say what each one holds; columns you ignore are not imported.'}
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
                {guessNote(why.get(column), choice[column] ?? '') && (
                  <Text fz="xs" c="dimmed" fs="italic">
                    {guessNote(why.get(column), choice[column] ?? '')}
                  </Text>
                )}
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

/** Why the server guessed as it did, while the user's choice is still the guess. */
function guessNote(
  guess: InspectResult['columnGuesses'][number] | undefined,
  chosen: MappingField | '',
): string {
  if (!guess || (guess.field ?? '') !== chosen) return '';
  if (guess.field === null) return guess.reason === 'not recognised' ? '' : `Not imported: ${guess.reason}`;
  return guess.reason === 'header' ? '' : `Matched because its ${guess.reason}`;
}
