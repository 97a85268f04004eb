// After a file is chosen: what the server found in it (format, records), a way to override the format,
// the column mapping for a generic CSV, and the options. Starts the import.
import { Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { StartImport } from '../../api/imports';
import type { ImportFormat, InspectResult } from '../../api/types';
import {
  type ColumnChoice,
  checkChoice,
  choiceFromMapping,
  mappingFromChoice,
} from '../../lib/column-mapping';
import { formatBytes, formatLabels } from '../../lib/import-labels';
import { options } from '../../lib/labels';
import { ColumnMapper } from './ColumnMapper';

interface Props {
  file: File;
  inspection: InspectResult;
  /** The format was chosen by hand rather than detected. */
  overridden: boolean;
  onFormat: (format: ImportFormat) => void;
  onStart: (s: StartImport) => void;
  onCancel: () => void;
  starting: boolean;
  reinspecting: boolean;
}

export function ImportSetup({
  file,
  inspection,
  overridden,
  onFormat,
  onStart,
  onCancel,
  starting,
  reinspecting,
}: Props) {
  const [choice, setChoice] = useState<ColumnChoice>(() =>
    choiceFromMapping(inspection.columns, inspection.suggestedMapping),
  );
  const [dryRun, setDryRun] = useState(false);
  const [keepPhotos, setKeepPhotos] = useState(false);
  const [region, setRegion] = useState('');
  // Any CSV that is none of the known exports: its columns, as guessed by the server, for the user to check.
  const mapping = inspection.format === 'csv';
  const { errors } = checkChoice(inspection.columns, choice);
  const blocked = mapping && Object.keys(errors).length > 0;
  const n = inspection.records;

  const start = () =>
    onStart({
      file,
      format: inspection.format,
      dryRun,
      keepPhotos,
      mapping: mapping ? mappingFromChoice(inspection.columns, choice) : undefined,
      defaultRegion: region.trim().toUpperCase() || undefined,
    });

  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-label="The file">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {file.name}
              </Text>
              <Text fz="sm" c="dimmed">
                {formatBytes(file.size)} · {inspection.encoding} · {n} {n === 1 ? 'record' : 'records'} found
              </Text>
            </Stack>
            <Button variant="subtle" color="gray" onClick={onCancel}>
              Choose another file
            </Button>
          </Group>
          <Text fz="sm" role="status">
            {overridden ? 'Read as: ' : 'Detected: '}
            <Text span fw={600}>
              {inspection.formatLabel}
            </Text>
          </Text>
          <Select
            label="Format"
            description="Detected from the content. Change it only if the guess is wrong."
            data={options(formatLabels)}
            value={inspection.format}
            onChange={(v) => v && onFormat(v as ImportFormat)}
            allowDeselect={false}
            disabled={reinspecting}
            w={{ base: '100%', xs: 360 }}
          />
        </Stack>
      </Paper>

      {mapping && (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="mapping-title">
          <Title order={2} fz="h4" mb="sm" id="mapping-title">
            Columns
          </Title>
          <ColumnMapper
            guessed={!inspection.needsMapping}
            guesses={inspection.columnGuesses}
            columns={inspection.columns}
            sample={inspection.sample}
            choice={choice}
            onChange={setChoice}
          />
        </Paper>
      )}

      <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="options-title">
        <Title order={2} fz="h4" mb="sm" id="options-title">
          Options
        </Title>
        <Stack gap="md">
          <Switch
            label="Dry run"
            description="Show what would be created, merged and skipped, and write nothing."
            checked={dryRun}
            onChange={(e) => setDryRun(e.currentTarget.checked)}
          />
          {(inspection.format === 'vcard' || inspection.format === 'ldif') && (
            <Switch
              label="Keep photos"
              description="Contact photos make the database larger; they are dropped unless you keep them."
              checked={keepPhotos}
              onChange={(e) => setKeepPhotos(e.currentTarget.checked)}
            />
          )}
          <TextInput
            label="Country for local phone numbers"
            description="Two letters, e.g. GB or US: numbers written without +country code are read as this country’s."
            value={region}
            onChange={(e) => setRegion(e.currentTarget.value)}
            maxLength={2}
            w={{ base: '100%', xs: 360 }}
          />
          <Group justify="flex-end">
            <Button onClick={start} loading={starting} disabled={blocked || n === 0}>
              {dryRun
                ? `Dry run ${n} ${n === 1 ? 'record' : 'records'}`
                : `Import ${n} ${n === 1 ? 'record' : 'records'}`}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
