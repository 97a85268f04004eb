// What each person will be shown when asked, rendered by the server (its templates, its link lifetime,
// your display name) from the proposal as it stands, a moment after typing stops. Nothing is saved.
import { Alert, Group, Loader, Paper, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { errorMessage } from '../../api/client';
import { useProposalPreview } from '../../api/introductions';
import type { IntroductionBody, Party, ProposalPreview } from '../../api/types';
import { IconAlert, IconEye } from '../icons';

const WHEN: Record<ProposalPreview['a']['position'], string> = {
  first: 'asked first',
  second: 'after a yes',
  parallel: 'asked at once',
};

interface Props {
  /** The proposal as it would be sent; null while it is not complete enough to preview. */
  body: IntroductionBody | null;
  names: Record<Party, string>;
}

export function ConsentPreview({ body, names }: Props) {
  // Debounced by value: the body is a new object on every render, its JSON only changes with the form.
  const [json] = useDebouncedValue(JSON.stringify(body), 400);
  const debounced = useMemo(() => JSON.parse(json) as IntroductionBody | null, [json]);
  const preview = useProposalPreview(debounced);

  if (!body) {
    return (
      <Text fz="sm" c="dimmed">
        Say why they should meet to see the request each person will get.
      </Text>
    );
  }
  if (preview.isError && !preview.isFetching) {
    return (
      <Alert color="orange" variant="light" icon={<IconAlert />} title="No preview" role="status">
        {errorMessage(preview.error)}
      </Alert>
    );
  }
  if (!preview.data) return <Loader size="xs" aria-label="Rendering the preview" />;
  const mails = preview.data;
  const order: Party[] = mails.b.position === 'first' ? ['b', 'a'] : ['a', 'b'];
  return (
    <Stack gap="xs">
      <Group gap="xs" justify="space-between">
        <Text fz="sm" c="dimmed">
          The request each person will get, word for word. Links are added when it is sent.
        </Text>
        {(preview.isFetching || json !== JSON.stringify(body)) && (
          <Loader size="xs" aria-label="Updating the preview" />
        )}
      </Group>
      <Tabs defaultValue={order[0]} keepMounted={false}>
        <Tabs.List>
          {order.map((p) => (
            <Tabs.Tab key={p} value={p} leftSection={<IconEye size={14} />}>
              {names[p]} ({WHEN[mails[p].position]})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {order.map((p) => (
          <Tabs.Panel key={p} value={p} pt="sm">
            <Paper withBorder p="md" bg="var(--mantine-color-body)">
              <Text fz="xs" c="dimmed">
                From: {mails[p].from}
              </Text>
              <Text fz="sm" fw={600} mb="xs">
                Subject: {mails[p].subject}
              </Text>
              <Text fz="sm" className="lp-pre-line" aria-label={`Preview of the request to ${names[p]}`}>
                {withoutPlaceholderLinks(mails[p].text)}
              </Text>
            </Paper>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

/** "Yes, introduce us: http://…/r/preview-consent?answer=yes" → "Yes, introduce us: [link]". */
export function withoutPlaceholderLinks(text: string): string {
  return text.replace(/\S+\/r\/preview-[\w-]+(\?answer=\w+)?/g, '[link]');
}
