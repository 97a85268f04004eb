// People who may be the same person (after imports, usually), strongest first, to merge or dismiss.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useDuplicates } from '../api/duplicates';
import { PairCard } from '../components/duplicates/PairCard';
import { IconCheck } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { LoadMore } from '../components/LoadMore';
import { PageHeader } from '../components/PageHeader';

export default function DuplicatesPage() {
  const list = useDuplicates();
  const pairs = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="md" maw={1000} mx="auto">
      <PageHeader
        title="Possible duplicates"
        description="The same person can arrive twice, from your phone and from LinkedIn. Merge them, or say they are different people."
      />
      {list.isPending ? (
        <PageLoader label="Looking for duplicates" />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : pairs.length === 0 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="xs">
            <IconCheck size={28} />
            <Text fw={600}>No possible duplicates</Text>
            <Text fz="sm" c="dimmed" ta="center">
              Nobody in your network shares an email, phone or LinkedIn profile, or a very similar name at the
              same company.
            </Text>
            <Button component={Link} to="/import" variant="light" mt="xs">
              Import contacts
            </Button>
          </Stack>
        </Paper>
      ) : (
        <>
          <Stack gap="md" component="ul" p={0} m={0} aria-label="Possible duplicates">
            {pairs.map((pair) => (
              <PairCard key={`${pair.people[0].id}:${pair.people[1].id}`} pair={pair} />
            ))}
          </Stack>
          <LoadMore list={list} />
        </>
      )}
    </Stack>
  );
}
