// People who helped you recently whom you could help back, with what they need now. A gentle reminder,
// most recent help first; nothing here counts or compares.
import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { type HelpBackEntry, useHelpBack } from '../../api/referrals';
import { formatDate } from '../../lib/dates';
import { LoadError } from '../Loading';

function helpLine(h: HelpBackEntry['helped'][number]): string {
  const what = h.kind === 'referral' ? 'sent business your way' : 'made an introduction helpful';
  return `${formatDate(h.date)}: ${what}${h.about ? ` — ${h.about}` : ''}`;
}

export function HelpBackCard() {
  const help = useHelpBack();
  if (help.isError) return <LoadError error={help.error} onRetry={() => void help.refetch()} />;
  const data = help.data;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="help-back-title">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="help-back-title">
          People who helped you recently
        </Title>
        {!data ? (
          <Text fz="sm" c="dimmed">
            Loading…
          </Text>
        ) : data.items.length === 0 ? (
          <Text fz="sm" c="dimmed">
            Nobody in the last {data.days} days yet. When someone sends business your way or makes an
            introduction helpful, they show up here with what they need now, in case you can help back.
          </Text>
        ) : (
          <>
            <Text fz="sm" c="dimmed">
              In the last {data.days} days. You could help them back with what they need now.
            </Text>
            <List spacing="sm" listStyleType="none" aria-label="People who helped you recently">
              {data.items.map((e) => (
                <List.Item key={e.person.id}>
                  <Anchor component={Link} to={`/people/${e.person.id}`} fw={600}>
                    {e.person.name}
                  </Anchor>
                  {e.helped.map((h) => (
                    <Text key={`${h.kind}-${h.referralId ?? h.introductionId}`} fz="sm">
                      {helpLine(h)}
                    </Text>
                  ))}
                  {e.openNeeds.length > 0 ? (
                    <Text fz="sm" c="dimmed">
                      Needs now: {e.openNeeds.map((n) => n.text).join('; ')}
                    </Text>
                  ) : (
                    <Text fz="sm" c="dimmed">
                      No open needs recorded; ask what would help.
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}
