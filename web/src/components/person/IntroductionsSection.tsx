// A person's introductions, newest change first, with their state (the header's "Introduce…" adds one).
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useIntroductions } from '../../api/introductions';
import { IntroCard } from '../intro/IntroCard';
import { LoadError, PageLoader } from '../Loading';
import { SectionCard } from './SectionCard';

const SHOWN = 5;

export function IntroductionsSection({ personId, personName }: { personId: string; personName: string }) {
  const list = useIntroductions({ personId });
  const items = list.data ?? [];
  return (
    <SectionCard title="Introductions" count={items.length}>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {personName} has not been part of an introduction yet. “Introduce…” above proposes one.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} aria-label={`Introductions of ${personName}`}>
          {items.slice(0, SHOWN).map((i) => (
            <li key={i.id} style={{ listStyle: 'none' }}>
              <IntroCard intro={i} showState />
            </li>
          ))}
        </Stack>
      )}
      {items.length > SHOWN && (
        <Anchor component={Link} to={`/introductions?person=${personId}&ended=1`} fz="sm">
          All {items.length} introductions
        </Anchor>
      )}
    </SectionCard>
  );
}
