// The connector's "how many suggestions a week" (few and good by default), saved as it is chosen.
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../api/client';
import { useMatchingSettings, useUpdateMatchingSettings } from '../../api/suggestions';

const CHOICES = [3, 5, 10, 15, 20, 30, 50];

export function SuggestionsPerWeek() {
  const settings = useMatchingSettings();
  const update = useUpdateMatchingSettings();
  const current = settings.data?.suggestionsPerWeek;
  // The saved value is offered even if it is not one of the usual choices (set through the API or CLI).
  const values =
    current && !CHOICES.includes(current) ? [...CHOICES, current].sort((a, b) => a - b) : CHOICES;
  return (
    <Select
      label="Suggestions per week"
      w={190}
      size="sm"
      allowDeselect={false}
      disabled={!settings.data || update.isPending}
      data={values.map((n) => ({ value: String(n), label: String(n) }))}
      value={current === undefined ? null : String(current)}
      onChange={(v) => {
        if (!v) return;
        update.mutate(
          { suggestionsPerWeek: Number(v) },
          {
            onSuccess: (s) =>
              notifications.show({
                color: 'pine',
                message: `Up to ${s.suggestionsPerWeek} suggestions a week`,
              }),
            onError: (e) =>
              notifications.show({ color: 'red', title: 'Could not save', message: errorMessage(e) }),
          },
        );
      }}
    />
  );
}
