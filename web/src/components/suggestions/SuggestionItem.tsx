// One suggested introduction: who and what (given by the caller, which knows from whose side it is seen),
// the score, the reasons in plain sentences, a warning when vouch criteria are unmet, and the actions.
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { SuggestionChoiceBody } from '../../api/types';
import { IconHandshake, IconX } from '../icons';
import { ScoreMeter } from './ScoreMeter';
import { type SuggestionNames, useSuggestionActions } from './useSuggestionActions';

interface Props {
  /** The accessible name of the item, e.g. "Dana Reyes → Lee Park". */
  label: string;
  heading: ReactNode;
  /** The need and the offer (or profile) lines. */
  children: ReactNode;
  score: number;
  reasons: string[];
  vouchUnmet: boolean;
  /** "Lee: 1 of 3 of your criteria met", when the provider's criteria are not all met. */
  providerCriteria?: string | null;
  choice: SuggestionChoiceBody;
  names: SuggestionNames;
  /** Fewer paddings, smaller buttons, the first reason only until asked: inside another card or page. */
  compact?: boolean;
  /** An action before Draft (e.g. "Choose" in the proposal form). */
  extraAction?: ReactNode;
  /** Offer "Draft introduction" (default); the proposal form has its own way to draft. */
  showDraft?: boolean;
}

export function SuggestionItem({
  label,
  heading,
  children,
  score,
  reasons,
  vouchUnmet,
  providerCriteria,
  choice,
  names,
  compact = false,
  extraAction,
  showDraft = true,
}: Props) {
  const actions = useSuggestionActions(choice, names);
  const [allReasons, setAllReasons] = useState(!compact);
  const shown = allReasons ? reasons : reasons.slice(0, 1);
  const size = compact ? 'xs' : 'sm';
  const pair = `${names.seeker} and ${names.provider}`;
  if (actions.dismissed) return null;
  return (
    <Paper component="article" aria-label={label} withBorder p={compact ? 'sm' : 'md'}>
      <Stack gap={compact ? 4 : 'xs'}>
        <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
          <Text fw={600} fz={compact ? 'sm' : 'md'} style={{ minWidth: 0 }}>
            {heading}
          </Text>
          <ScoreMeter score={score} />
        </Group>
        {children}
        {vouchUnmet && (
          <Badge color="orange" variant="light" size="sm" tt="none" style={{ alignSelf: 'flex-start' }}>
            {providerCriteria ?? 'Vouch criteria not met'}
          </Badge>
        )}
        {shown.length > 0 && (
          <List size={compact ? 'xs' : 'sm'} spacing={2} aria-label="Why" c="dark.4">
            {shown.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        )}
        {shown.length < reasons.length && (
          <Anchor
            component="button"
            type="button"
            fz="xs"
            onClick={() => setAllReasons(true)}
            style={{ alignSelf: 'flex-start' }}
          >
            {reasons.length - shown.length} more {reasons.length - shown.length === 1 ? 'reason' : 'reasons'}
          </Anchor>
        )}
        <Group gap="xs" mt={compact ? 2 : 4}>
          {extraAction}
          {showDraft && (
            <Button
              size={compact ? 'compact-xs' : size}
              variant={extraAction ? 'default' : 'filled'}
              leftSection={<IconHandshake size={compact ? 12 : 16} />}
              loading={actions.drafting}
              onClick={() => void actions.onDraft()}
              aria-label={`Draft introduction: ${pair}`}
            >
              Draft introduction
            </Button>
          )}
          <Button
            size={compact ? 'compact-xs' : size}
            variant="subtle"
            color="gray"
            leftSection={<IconX size={compact ? 12 : 16} />}
            loading={actions.dismissing}
            onClick={() => void actions.onDismiss()}
            aria-label={`Not a fit: ${pair}`}
          >
            Not a fit
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
