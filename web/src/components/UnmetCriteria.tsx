// Who would be put forward with vouch criteria not all met, and which are not yet: one wording for every
// drafting dialog that asks the connector to confirm.
import { Text } from '@mantine/core';
import type { Unmet } from '../lib/unvouched';

export function UnmetCriteria({ unmet }: { unmet: Unmet[] }) {
  return unmet.map((u) => (
    <Text key={u.name} fz="sm">
      {u.name}: {u.met} of {u.total} of your criteria met (not yet: {u.unmet.join(', ')}).
    </Text>
  ));
}
