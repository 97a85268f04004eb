// Today, the home page: one list of what needs the connector, most urgent first, in the order the API
// gives (answers that came in, check-backs, stale yeses, introductions to send, follow-ups and outcomes,
// failed mail, keep-in-touch, needs coming due), grouped under a heading per kind, each item with its
// one-click action (keep-in-touch: the five most overdue, the rest on request); then the week's top
// suggested introductions.
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../api/client';
import { type TodayItem, type TodayKind, useAcknowledge, useToday } from '../api/today';
import { IconCheck } from '../components/icons';
import { LoadError, PageLoader } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { TodaySuggestions } from '../components/suggestions/TodaySuggestions';
import { TodayRow } from '../components/today/TodayRow';
import { todayHeadings, todayListLabels, urgencyColors } from '../lib/today-labels';

/**
 * Keep-in-touch reminders shown before "Show more": after a year away a network has dozens overdue, and a
 * wall of them would push what needs an answer today (and the suggested introductions) off the page. The
 * whole list is the Losing touch page.
 */
const KEEP_IN_TOUCH_SHOWN = 5;

/** Kinds in the order the items came (the API's order); suggestions have their own section below. */
function groups(items: TodayItem[]): [TodayKind, TodayItem[]][] {
  const byKind = new Map<TodayKind, TodayItem[]>();
  for (const item of items) {
    if (item.kind === 'suggestion') continue;
    byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  }
  return [...byKind.entries()];
}

function Nothing() {
  return (
    <Paper withBorder p="xl">
      <Stack align="center" gap="xs">
        <IconCheck size={28} />
        <Text fw={600}>Nothing needs you today</Text>
        <Text fz="sm" c="dimmed" ta="center" maw={520}>
          Answers, check-backs, introductions to send, follow-ups, keep-in-touch reminders and needs coming
          due appear here. Next: add the people you know and what they need, set how often you want to be in
          touch with them, or propose an introduction.
        </Text>
        <Group gap="xs" mt="xs" justify="center">
          <Button component={Link} to="/people/new" variant="light">
            Add a person
          </Button>
          <Button component={Link} to="/introductions/new" variant="light">
            Propose an introduction
          </Button>
          <Button component={Link} to="/introductions" variant="default">
            Open the pipeline
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Every answer shown, seen at once. */
function AcknowledgeAll({ items }: { items: TodayItem[] }) {
  const ack = useAcknowledge();
  return (
    <Button
      size="compact-sm"
      variant="subtle"
      ml="auto"
      loading={ack.isPending}
      onClick={() =>
        ack.mutate(
          items.map((i) => i.key),
          {
            onError: (e) =>
              notifications.show({
                color: 'red',
                title: 'Could not mark them seen',
                message: errorMessage(e),
              }),
          },
        )
      }
    >
      Got it, all {items.length}
    </Button>
  );
}

/** One kind's items; with `shownAtFirst`, the first ones and the rest behind "Show more". */
function ItemList({
  kind,
  items,
  asOf,
  shownAtFirst,
}: {
  kind: TodayKind;
  items: TodayItem[];
  asOf: string;
  shownAtFirst?: number;
}) {
  const [all, setAll] = useState(false);
  const shown = all || shownAtFirst === undefined ? items : items.slice(0, shownAtFirst);
  const hidden = items.length - shown.length;
  return (
    <>
      <Stack gap="xs" component="ul" p={0} m={0} aria-label={todayListLabels[kind]}>
        {shown.map((item) => (
          <TodayRow key={item.key} item={item} asOf={asOf} />
        ))}
      </Stack>
      {hidden > 0 && (
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setAll(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          Show {hidden} more
        </Button>
      )}
    </>
  );
}

export default function AgendaPage() {
  const today = useToday();
  const data = today.data;
  const sections = data ? groups(data.items) : [];
  return (
    <Stack gap="md" maw={900} mx="auto">
      <PageHeader
        title="Today"
        description={data ? `What needs you now (${data.timeZone} time).` : 'What needs you now.'}
      />
      {today.isPending ? (
        <PageLoader label="Loading today" />
      ) : today.isError ? (
        <LoadError error={today.error} onRetry={() => void today.refetch()} />
      ) : sections.length === 0 ? (
        <Nothing />
      ) : (
        sections.map(([kind, items]) => {
          const id = `today-${kind}`;
          const worst = items.some((i) => i.urgency === 'overdue') ? 'overdue' : items[0]!.urgency;
          return (
            <Stack key={kind} gap="xs" component="section" aria-labelledby={id}>
              <Group gap="xs">
                <Title order={2} fz="h5" id={id}>
                  {todayHeadings[kind]}
                </Title>
                <Badge size="sm" variant="light" color={urgencyColors[worst]}>
                  {items.length}
                </Badge>
                {kind === 'answer' && items.length > 1 && <AcknowledgeAll items={items} />}
                {kind === 'keep_in_touch' && (
                  <Anchor component={Link} to="/losing-touch" fz="sm" ml="auto">
                    Everyone in Losing touch
                  </Anchor>
                )}
              </Group>
              <ItemList
                kind={kind}
                items={items}
                asOf={data!.asOf}
                shownAtFirst={kind === 'keep_in_touch' ? KEEP_IN_TOUCH_SHOWN : undefined}
              />
            </Stack>
          );
        })
      )}
      <TodaySuggestions />
    </Stack>
  );
}
