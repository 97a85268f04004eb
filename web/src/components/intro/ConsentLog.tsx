// The consent log: who answered what, when, through which channel, who recorded it, and exactly what they
// had been shown when they answered (the stored email, rendered safely).
import { Badge, Button, Collapse, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ConsentLogEntry, IntroductionDetail } from '../../api/types';
import { formatCalendarDate, formatDateTime } from '../../lib/dates';
import { channelLabels } from '../../lib/intro-labels';
import { MailFrame } from '../mail/MailFrame';

const ANSWER_WORDS: Record<ConsentLogEntry['answer'], string> = {
  yes: 'Yes',
  later: 'Not now',
  no: 'No',
  withdrawn: 'Withdrew their yes',
};
const ANSWER_COLORS: Record<ConsentLogEntry['answer'], string> = {
  yes: 'pine',
  later: 'yellow',
  no: 'red',
  withdrawn: 'red',
};

export function ConsentLog({ intro }: { intro: IntroductionDetail }) {
  if (intro.consentLog.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        No answers yet.
      </Text>
    );
  }
  const nameOf = (id: string) => (id === intro.personA.id ? intro.personA.name : intro.personB.name);
  return (
    <Stack gap="sm" component="ol" p={0} m={0} aria-label="Consent log">
      {intro.consentLog.map((entry) => (
        <Entry key={entry.id} entry={entry} name={nameOf(entry.personId)} />
      ))}
    </Stack>
  );
}

function Entry({ entry, name }: { entry: ConsentLogEntry; name: string }) {
  const [open, toggle] = useDisclosure(false);
  const shown = entry.shown;
  return (
    <Paper withBorder p="sm" component="li" style={{ listStyle: 'none' }}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Text fw={600} fz="sm">
              {name}
            </Text>
            <Badge variant="light" color={ANSWER_COLORS[entry.answer]} tt="none">
              {ANSWER_WORDS[entry.answer]}
              {entry.until ? ` until ${formatCalendarDate(entry.until)}` : ''}
            </Badge>
          </Group>
          <Text fz="xs" c="dimmed">
            {formatDateTime(entry.at)}
          </Text>
        </Group>
        <Text fz="xs" c="dimmed">
          {channelLabels[entry.channel]} ·{' '}
          {entry.recordedBy === 'person' ? 'answered by them' : 'recorded by you'}
        </Text>
        {entry.note && (
          <Text fz="sm" className="lp-pre-line">
            “{entry.note}”
          </Text>
        )}
        {(shown.text || shown.html) && (
          <>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={toggle.toggle}
              aria-expanded={open}
              style={{ alignSelf: 'flex-start' }}
            >
              {open ? 'Hide' : 'Show'} what {name} was shown
            </Button>
            <Collapse expanded={open}>
              {open && (
                <Stack gap="xs">
                  <Text fz="sm" fw={600}>
                    Subject: {shown.subject}
                  </Text>
                  <Tabs defaultValue={shown.html ? 'html' : 'text'} keepMounted={false}>
                    <Tabs.List>
                      {shown.html && <Tabs.Tab value="html">As shown</Tabs.Tab>}
                      <Tabs.Tab value="text">Plain text</Tabs.Tab>
                    </Tabs.List>
                    {shown.html && (
                      <Tabs.Panel value="html" pt="xs">
                        <MailFrame html={shown.html} title={`What ${name} was shown`} height={420} />
                      </Tabs.Panel>
                    )}
                    <Tabs.Panel value="text" pt="xs">
                      <Paper withBorder p="sm">
                        <Text fz="sm" className="lp-pre-line" ff="monospace">
                          {shown.text}
                        </Text>
                      </Paper>
                    </Tabs.Panel>
                  </Tabs>
                </Stack>
              )}
            </Collapse>
          </>
        )}
      </Stack>
    </Paper>
  );
}
