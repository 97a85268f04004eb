// A suggestion from the API (a seeker's need and a provider who answers it) as an item. `seenFrom` is whose
// page it is on: that person is left out of the heading, so the row names the other side.
import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { MatchPerson, Suggestion } from '../../api/types';
import { formatCalendarDate } from '../../lib/dates';
import { roleLine } from '../people/PersonRow';
import { SuggestionItem } from './SuggestionItem';

function PersonLink({ person }: { person: MatchPerson }) {
  return (
    <Anchor component={Link} to={`/people/${person.id}`} c="inherit" fw={600}>
      {person.name}
    </Anchor>
  );
}

export function NeedLine({ text, neededBy }: { text: string; neededBy: string | null }) {
  return (
    <Text fz="sm">
      <Text span c="dimmed" fz="sm">
        Needs:{' '}
      </Text>
      {text}
      {neededBy && (
        <Text span c="dimmed" fz="sm">
          {' '}
          · by {formatCalendarDate(neededBy)}
        </Text>
      )}
    </Text>
  );
}

export function OfferLine({ offerText, provider }: { offerText: string | null; provider: MatchPerson }) {
  const role = roleLine(provider);
  return (
    <Text fz="sm">
      <Text span c="dimmed" fz="sm">
        Offers:{' '}
      </Text>
      {offerText ?? (
        <Text span fz="sm" fs="italic">
          from their profile{role ? ` (${role})` : ''}
        </Text>
      )}
    </Text>
  );
}

export function SuggestionCard({
  suggestion: s,
  seenFrom,
  compact,
}: {
  suggestion: Suggestion;
  seenFrom?: 'seeker' | 'provider';
  compact?: boolean;
}) {
  const names = { seeker: s.seeker.name, provider: s.provider.name };
  const heading =
    seenFrom === 'seeker' ? (
      <PersonLink person={s.provider} />
    ) : seenFrom === 'provider' ? (
      <PersonLink person={s.seeker} />
    ) : (
      <>
        <PersonLink person={s.seeker} />
        <Text span c="dimmed" mx={6} aria-label="could be helped by">
          →
        </Text>
        <PersonLink person={s.provider} />
      </>
    );
  return (
    <SuggestionItem
      label={`${s.seeker.name} → ${s.provider.name}`}
      heading={heading}
      score={s.score}
      reasons={s.reasons}
      vouchUnmet={s.vouchUnmet}
      providerCriteria={s.providerCriteria?.words}
      choice={{ needId: s.needId, providerId: s.providerId, offerId: s.offerId }}
      names={names}
      compact={compact}
    >
      {seenFrom !== 'seeker' || !compact ? <NeedLine text={s.needText} neededBy={s.neededBy} /> : null}
      {seenFrom !== 'provider' && <OfferLine offerText={s.offerText} provider={s.provider} />}
    </SuggestionItem>
  );
}
