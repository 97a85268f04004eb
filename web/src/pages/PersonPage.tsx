// One person: profile and private card on the left; needs, offers, suggested introductions and the timeline
// on the right.
import { Button, Grid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, errorMessage } from '../api/client';
import { useDeletePerson, usePerson } from '../api/people';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { InteractionsSection } from '../components/person/InteractionsSection';
import { IntroductionsSection } from '../components/person/IntroductionsSection';
import { NeedsSection } from '../components/person/NeedsSection';
import { NotYetSection } from '../components/person/NotYetSection';
import { OffersSection } from '../components/person/OffersSection';
import { PersonHeader } from '../components/person/PersonHeader';
import { PersonReferralsSection } from '../components/person/PersonReferralsSection';
import { PersonSuggestionsSections } from '../components/person/PersonSuggestionsSections';
import { PersonValuesSection } from '../components/person/PersonValuesSection';
import { PrivateCard } from '../components/person/PrivateCard';
import { ProfileCard } from '../components/person/ProfileCard';

export default function PersonPage() {
  const id = useParams().id!;
  const [deleted, setDeleted] = useState(false);
  const person = usePerson(id, { deleted });
  const del = useDeletePerson(id);
  const navigate = useNavigate();
  const [confirming, confirm] = useDisclosure(false);
  const [impact, setImpact] = useState<string | null>(null);

  if (person.isPending) return <PageLoader />;
  if (person.isError) {
    if (person.error instanceof ApiError && person.error.status === 404) return <PersonNotFound />;
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  }
  const p = person.data;

  const closeConfirm = () => {
    setImpact(null);
    confirm.close();
  };
  // The first try tells us whether they are in introductions; the server's sentence then says what
  // deleting does to them, and the second click confirms exactly that.
  const onDelete = () =>
    del.mutate(
      { cancelIntroductions: impact !== null },
      {
        onSuccess: () => {
          setDeleted(true);
          closeConfirm();
          notifications.show({ color: 'pine', message: `${p.name} was deleted` });
          navigate('/people', { replace: true });
        },
        onError: (e) => {
          const said = e instanceof ApiError && e.status === 409 ? e.extensions.impact : undefined;
          if (typeof said === 'string') return setImpact(said);
          notifications.show({ color: 'red', title: 'Could not delete', message: errorMessage(e) });
        },
      },
    );

  return (
    <Stack gap={0} maw={1200} mx="auto">
      <PersonHeader person={p} onDelete={confirm.open} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <ProfileCard person={p} />
            <PrivateCard person={p} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <NeedsSection personId={p.id} personName={p.name} />
            <OffersSection personId={p.id} personName={p.name} />
            <PersonSuggestionsSections personId={p.id} personName={p.name} />
            <NotYetSection personId={p.id} personName={p.name} />
            <IntroductionsSection personId={p.id} personName={p.name} />
            <PersonValuesSection personId={p.id} />
            <PersonReferralsSection personId={p.id} greeting={p.greeting} />
            <InteractionsSection personId={p.id} personName={p.name} />
          </Stack>
        </Grid.Col>
      </Grid>
      <ConfirmDialog
        opened={confirming}
        title={`Delete ${p.name}?`}
        confirmLabel={impact ? 'Cancel introductions and delete' : 'Delete person'}
        loading={del.isPending}
        onClose={closeConfirm}
        onConfirm={onDelete}
      >
        {impact ? (
          <>
            {impact} Their personal data is removed; the consent history of every introduction is kept. It
            cannot be undone.
          </>
        ) : (
          <>This removes {p.name} together with their needs, offers and interactions. It cannot be undone.</>
        )}
      </ConfirmDialog>
    </Stack>
  );
}

function PersonNotFound() {
  return (
    <Stack gap="sm" align="flex-start">
      <PageHeader title="Person not found" />
      <Text c="dimmed">They may have been deleted, or the link is wrong.</Text>
      <Button component={Link} to="/people" variant="light">
        Back to people
      </Button>
    </Stack>
  );
}
