// On a person's page: what they sent my way and what I sent theirs, as history and gratitude. The two sides
// stand on their own; they are never weighed against each other.
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type PersonReferrals, usePersonReferrals } from '../../api/referrals';
import { formatDate } from '../../lib/dates';
import { formatMoney } from '../../lib/referral-labels';
import { LoadError } from '../Loading';
import { SectionCard } from './SectionCard';

function Side({
  title,
  items,
  totals,
  empty,
}: {
  title: string;
  items: PersonReferrals['sentMyWay'];
  totals: PersonReferrals['sentMyWayValue'];
  empty: string;
}) {
  const won = totals.filter((t) => t.won > 0).map((t) => formatMoney(t.won, t.currency));
  return (
    <Stack gap={6}>
      <Title order={3} fz="sm">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <>
          {items.slice(0, 10).map((r) => (
            <Text key={r.id} fz="sm">
              {formatDate(r.date)} · {r.about || 'a referral'}
              <Text span c="dimmed">
                {' '}
                ({r.status})
              </Text>
            </Text>
          ))}
          {won.length > 0 && (
            <Text fz="xs" c="dimmed">
              Won: {won.join(', ')}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

/** `greeting`: what emails call them (the server's rule: first name, or "Greet them as"), never "Dr.". */
export function PersonReferralsSection({ personId, greeting }: { personId: string; greeting: string }) {
  const data = usePersonReferrals(personId);
  if (data.isError) return <LoadError error={data.error} onRetry={() => void data.refetch()} />;
  const d = data.data;
  return (
    <SectionCard title="Referrals">
      {!d ? (
        <Text fz="sm" c="dimmed">
          Loading…
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Side
            title={`What ${greeting} sent your way`}
            items={d.sentMyWay}
            totals={d.sentMyWayValue}
            empty="Nothing recorded yet."
          />
          <Side
            title={`What you sent ${greeting}’s way`}
            items={d.sentTheirWay}
            totals={d.sentTheirWayValue}
            empty="Nothing recorded yet."
          />
        </SimpleGrid>
      )}
    </SectionCard>
  );
}
