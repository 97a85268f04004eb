// The event log: every change, oldest first, with who caused it.
import { Text, Timeline } from '@mantine/core';
import type { IntroductionDetail } from '../../api/types';
import { formatDateTime } from '../../lib/dates';
import { eventLabel, followUpLabels, outcomeLabels, stateLabels } from '../../lib/intro-labels';

const ACTOR: Record<IntroductionDetail['events'][number]['actor'], string> = {
  connector: 'you',
  person: 'them',
  system: 'Linchpin',
};

/** The answer codes the server writes as the detail of an answer: the words a person would use. */
const ANSWER_WORDS: Record<string, string> = {
  yes: 'Said yes',
  no: 'Said no',
  later: 'Not now',
  withdrawn: 'Withdrew their yes',
};

/**
 * The server writes codes as the detail of some entries (the answer given, the outcome recorded);
 * show their words. Other details are already sentences.
 */
function detailWords(type: string, detail: string): string {
  const words: Record<string, Record<string, string>> = {
    outcome_recorded: outcomeLabels,
    follow_up_answered: followUpLabels,
    answered: ANSWER_WORDS,
    snoozed: ANSWER_WORDS,
    withdrawn: ANSWER_WORDS,
    declined: ANSWER_WORDS,
  };
  return words[type]?.[detail] ?? detail;
}

export function EventLog({ intro }: { intro: IntroductionDetail }) {
  const name = (p: 'a' | 'b' | null) =>
    p === 'a' ? intro.personA.name : p === 'b' ? intro.personB.name : null;
  return (
    <Timeline bulletSize={12} lineWidth={2} active={intro.events.length - 1} aria-label="Event log">
      {intro.events.map((e) => {
        const who = name(e.party);
        const moved = e.fromState !== e.toState;
        return (
          <Timeline.Item
            key={e.id}
            title={
              <Text fz="sm" fw={600}>
                {eventLabel(e.type)}
                {who ? ` · ${who}` : ''}
              </Text>
            }
          >
            <Text fz="xs" c="dimmed">
              {formatDateTime(e.at)} · by {ACTOR[e.actor]}
              {moved
                ? ` · ${e.fromState ? `${stateLabels[e.fromState]} → ` : ''}${stateLabels[e.toState]}`
                : ''}
            </Text>
            {e.detail && (
              <Text fz="sm" className="lp-pre-line">
                {detailWords(e.type, e.detail)}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
