// "Bruno said yes 94 days ago — reconfirm?": shown for each person whose yes the server reports as too
// old to introduce on (the reconfirm action is allowed only then).
import { Alert, Button, Group, Text } from '@mantine/core';
import type { IntroductionDetail, Party } from '../../api/types';
import { appNow, daysBetween } from '../../lib/dates';
import { IconClock } from '../icons';

export function ReconfirmNotice({
  intro,
  onReconfirm,
}: {
  intro: IntroductionDetail;
  onReconfirm: (party: Party) => void;
}) {
  const stale = (['a', 'b'] as const).filter((p) => intro.actions.reconfirm[p].allowed);
  return stale.map((p) => {
    const name = p === 'a' ? intro.personA.name : intro.personB.name;
    const answeredAt = intro.consent[p].answeredAt;
    const ago = answeredAt ? `${daysBetween(answeredAt, appNow())} days ago` : 'a while ago';
    return (
      <Alert key={p} color="yellow" variant="light" icon={<IconClock />} role="status">
        <Group justify="space-between" gap="sm">
          <Text fz="sm">
            {name} said yes {ago} — reconfirm? A yes this old is not used for the introduction until they
            confirm it.
          </Text>
          <Button size="xs" variant="light" color="yellow" onClick={() => onReconfirm(p)}>
            Ask {name} again…
          </Button>
        </Group>
      </Alert>
    );
  });
}
