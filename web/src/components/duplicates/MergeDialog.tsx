// Merging two people: choose who stays (the survivor), then, where both have a different value, which
// value stays. Everything of the other person moves to the survivor and the other is deleted.
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import type { MergeBody, Person } from '../../api/types';
import {
  conflictingFields,
  distinguishingLabel,
  KEEP_FIELDS,
  type KeepField,
  keepBody,
} from '../../lib/merge-fields';
import { IconAlert } from '../icons';

interface Props {
  opened: boolean;
  onClose: () => void;
  people: [Person, Person];
  onMerge: (survivorId: string, body: MergeBody) => Promise<unknown>;
}

export function MergeDialog({ opened, onClose, people, onMerge }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Merge these two people" size="lg">
      {opened && <MergeForm people={people} onMerge={onMerge} onCancel={onClose} />}
    </Modal>
  );
}

const shownValue = (p: Person, f: KeepField) =>
  f === 'trust' ? (p.trust === null ? '' : `${p.trust} of 5`) : p[f];

function MergeForm({
  people,
  onMerge,
  onCancel,
}: {
  people: [Person, Person];
  onMerge: Props['onMerge'];
  onCancel: () => void;
}) {
  const [survivorId, setSurvivorId] = useState(people[0].id);
  const [choices, setChoices] = useState<Partial<Record<KeepField, 'survivor' | 'other'>>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const survivor = people.find((p) => p.id === survivorId)!;
  const other = people.find((p) => p.id !== survivorId)!;
  const conflicts = conflictingFields(survivor, other);
  // Same-named people need a detail to tell which one stays and which one goes.
  const survivorLabel = distinguishingLabel(survivor, other);
  const otherLabel = distinguishingLabel(other, survivor);

  const merge = async () => {
    setSaving(true);
    setError(null);
    try {
      await onMerge(survivor.id, { otherId: other.id, keep: keepBody(choices) });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" variant="light" icon={<IconAlert />} role="alert" title="Not merged">
          {error}
        </Alert>
      )}
      <Radio.Group
        label="Who stays?"
        description="The other person is merged into them and then deleted."
        value={survivorId}
        onChange={(id) => {
          setSurvivorId(id);
          setChoices({});
        }}
      >
        <Stack gap={6} mt={6}>
          {people.map((p) => (
            <Radio
              key={p.id}
              value={p.id}
              label={distinguishingLabel(p, p.id === survivorId ? other : survivor)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {conflicts.length > 0 && (
        <Stack gap="sm">
          <Text fz="sm" fw={600}>
            Both have a value here: which one stays?
          </Text>
          {KEEP_FIELDS.filter((f) => conflicts.includes(f.field)).map(({ field, label }) => (
            <Radio.Group
              key={field}
              label={label}
              value={choices[field] ?? 'survivor'}
              onChange={(v) => setChoices((c) => ({ ...c, [field]: v as 'survivor' | 'other' }))}
            >
              <Stack gap={4} mt={4}>
                <Radio
                  value="survivor"
                  label={shownValue(survivor, field)}
                  styles={{ label: { whiteSpace: 'pre-line' } }}
                />
                <Radio
                  value="other"
                  label={shownValue(other, field)}
                  styles={{ label: { whiteSpace: 'pre-line' } }}
                />
              </Stack>
            </Radio.Group>
          ))}
        </Stack>
      )}
      <Text fz="sm">
        Emails, phones, links, tags and caveats are combined. The needs, offers, interactions and
        introductions of {otherLabel} move to {survivorLabel}, and {otherLabel} is deleted. This cannot be
        undone.
      </Text>
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button color="red" onClick={() => void merge()} loading={saving}>
          Merge into {survivorLabel}
        </Button>
      </Group>
    </Stack>
  );
}
