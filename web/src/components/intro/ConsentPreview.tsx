// What each person will be shown when asked, rendered by the real email template as the form changes.
import { Paper, Stack, Tabs, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Party } from '../../api/types';
import { type PreviewInput, previewConsentRequest } from '../../lib/consent-preview';
import { IconEye } from '../icons';

export function ConsentPreview({ input }: { input: PreviewInput }) {
  const mails = useMemo(
    () => ({ a: previewConsentRequest(input, 'a'), b: previewConsentRequest(input, 'b') }),
    [input],
  );
  const order: Party[] = input.order === 'sequential' && input.firstParty === 'b' ? ['b', 'a'] : ['a', 'b'];
  const when = (p: Party) =>
    input.order === 'parallel' ? 'asked at once' : p === input.firstParty ? 'asked first' : 'after a yes';
  return (
    <Stack gap="xs">
      <Text fz="sm" c="dimmed">
        The request each person will get, word for word. Links are added when it is sent.
      </Text>
      <Tabs defaultValue={order[0]} keepMounted={false}>
        <Tabs.List>
          {order.map((p) => (
            <Tabs.Tab key={p} value={p} leftSection={<IconEye size={14} />}>
              {input.people[p].name} ({when(p)})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {order.map((p) => (
          <Tabs.Panel key={p} value={p} pt="sm">
            <Paper withBorder p="md" bg="var(--mantine-color-body)">
              <Text fz="sm" fw={600} mb="xs">
                Subject: {mails[p].subject}
              </Text>
              <Text
                fz="sm"
                className="lp-pre-line"
                aria-label={`Preview of the request to ${input.people[p].name}`}
              >
                {stripPlaceholderLinks(mails[p].text)}
              </Text>
            </Paper>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** "Yes, introduce us: #answer?answer=yes" → "Yes, introduce us: [link]". */
function stripPlaceholderLinks(text: string): string {
  return text.replace(/#(answer|never)(\?answer=\w+)?/g, '[link]');
}
