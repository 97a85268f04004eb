// One introduction: its state, both consents, the actions possible now, what it says, the consent log,
// the emails written for it and the event log.
import { Anchor, Badge, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { useIntroduction } from '../api/introductions';
import { IconArrowLeft } from '../components/icons';
import { ConsentLog } from '../components/intro/ConsentLog';
import { ConsentCard } from '../components/intro/ConsentStatus';
import { EventLog } from '../components/intro/EventLog';
import { IntroActions } from '../components/intro/IntroActions';
import { IntroEmails } from '../components/intro/IntroEmails';
import { IntroSummary } from '../components/intro/IntroSummary';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { SectionCard } from '../components/person/SectionCard';
import { formatAgo } from '../lib/dates';
import { kindLabels, stateColors, stateHints, stateLabels } from '../lib/intro-labels';

export default function IntroductionPage() {
  const id = useParams().id!;
  const intro = useIntroduction(id);

  if (intro.isPending) return <PageLoader />;
  if (intro.isError) {
    if (intro.error instanceof ApiError && intro.error.status === 404) return <NotFound />;
    return <LoadError error={intro.error} onRetry={() => void intro.refetch()} />;
  }
  const d = intro.data;

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <Anchor component={Link} to="/introductions" fz="sm" c="dimmed" style={{ alignSelf: 'flex-start' }}>
        <Group gap={4} component="span">
          <IconArrowLeft size={14} /> Pipeline
        </Group>
      </Anchor>
      <PageHeader
        title={`${d.personA.name} and ${d.personB.name}`}
        description={
          <Stack gap={6}>
            <Group gap="xs">
              <Badge
                color={stateColors[d.state]}
                variant="filled"
                aria-label={`State: ${stateLabels[d.state]}`}
              >
                {stateLabels[d.state]}
              </Badge>
              <Badge color="gray" variant="light" tt="none">
                {kindLabels[d.kind]}
              </Badge>
              <Badge color="gray" variant="light" tt="none">
                {d.order === 'sequential' ? 'One after the other' : 'Both at once'}
              </Badge>
              {d.autoSend && (
                <Badge color="gray" variant="light" tt="none">
                  Sends itself when both say yes
                </Badge>
              )}
              <Text span fz="xs" c="dimmed">
                Proposed {formatAgo(d.createdAt)}
              </Text>
            </Group>
            <Text fz="sm">{stateHints[d.state]}</Text>
          </Stack>
        }
      />
      <IntroActions intro={d} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Grid gap="sm">
              {(['a', 'b'] as const).map((p) => (
                <Grid.Col key={p} span={{ base: 12, xs: 6, md: 12 }}>
                  <ConsentCard intro={d} party={p} />
                </Grid.Col>
              ))}
            </Grid>
            <IntroSummary intro={d} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <SectionCard title="Consent log" count={d.consentLog.length}>
              <ConsentLog intro={d} />
            </SectionCard>
            <SectionCard title="Emails" count={d.emails.length}>
              <IntroEmails emails={d.emails} />
            </SectionCard>
            <SectionCard title="Event log">
              <EventLog intro={d} />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function NotFound() {
  return (
    <Stack gap="sm" align="flex-start">
      <PageHeader title="Introduction not found" />
      <Text c="dimmed">It may belong to another account, or the link is wrong.</Text>
      <Button component={Link} to="/introductions" variant="light">
        Back to the pipeline
      </Button>
    </Stack>
  );
}
