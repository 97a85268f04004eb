import { Chip, Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import type { EdgeKind, OutcomeFilter } from '../../api/network';
import { useTags } from '../../api/people';
import { OUTCOME_COLOURS, outcomeFilterLabels } from './edge-style';
import type { NetworkFilters } from './filters';

const outcomeOptions = (Object.keys(OUTCOME_COLOURS) as OutcomeFilter[]).map((o) => ({
  value: o,
  label: outcomeFilterLabels[o],
}));
const isOutcome = (v: string): v is OutcomeFilter => v in OUTCOME_COLOURS;
const isKind = (v: string): v is EdgeKind => v === 'introduction' || v === 'referral';

export function NetworkFilterBar({
  value,
  onChange,
}: {
  value: NetworkFilters;
  onChange: (f: NetworkFilters) => void;
}) {
  const tags = useTags();
  const set = (patch: Partial<NetworkFilters>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Tag"
        placeholder="Any tag"
        data={(tags.data ?? []).map((t) => t.tag)}
        value={value.tag}
        onChange={(tag) => set({ tag })}
        searchable
        clearable
        w={180}
      />
      <TextInput
        label="From"
        type="date"
        value={value.from}
        onChange={(e) => set({ from: e.currentTarget.value })}
        w={150}
      />
      <TextInput
        label="To"
        type="date"
        value={value.to}
        onChange={(e) => set({ to: e.currentTarget.value })}
        w={150}
      />
      <MultiSelect
        label="Outcome"
        placeholder={value.outcomes.length ? undefined : 'Any outcome'}
        data={outcomeOptions}
        value={value.outcomes}
        onChange={(v) => set({ outcomes: v.filter(isOutcome) })}
        clearable
        w={260}
      />
      <Chip.Group
        multiple
        value={value.kinds}
        // At least one kind stays on: an empty picture is what the filters are for, not this.
        onChange={(v) => {
          const kinds = v.filter(isKind);
          if (kinds.length) set({ kinds });
        }}
      >
        <Group gap={6} pb={6} role="group" aria-label="Kinds of connection">
          <Chip value="introduction" size="sm">
            Introductions
          </Chip>
          <Chip value="referral" size="sm">
            Referrals
          </Chip>
        </Group>
      </Chip.Group>
      <Switch
        label="Everyone"
        description="Also people with no connection"
        checked={value.everyone}
        onChange={(e) => set({ everyone: e.currentTarget.checked })}
        pb={2}
      />
    </Group>
  );
}
