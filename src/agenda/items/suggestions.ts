// The week's best suggested introductions, as the matching feature presents them. Pure.
import type { Suggestion } from '../../matching/schema';
import type { AgendaItemV2 } from '../schema';

/** How many suggestions Today shows. */
export const TODAY_SUGGESTIONS = 3;

export function suggestionItem(s: Suggestion, now: Date): AgendaItemV2 {
  const why = s.reasons[0] ? `: ${s.reasons[0]}` : '';
  // Never put forward as if vouched for: the connector sees it before drafting (and confirms then).
  const criteria = s.providerCriteria ? ` (${s.providerCriteria.words})` : '';
  return {
    kind: 'suggestion',
    key: `suggestion:${s.needId}:${s.providerId}:${s.offerId ?? ''}`,
    summary: `Introduce ${s.seeker.name} to ${s.provider.name} for “${s.needText}”${why}${criteria}`,
    since: now.toISOString(),
    urgency: 'info',
    people: [
      { id: s.seeker.id, name: s.seeker.name },
      { id: s.provider.id, name: s.provider.name },
    ],
    needId: s.needId,
    suggestion: { needId: s.needId, providerId: s.providerId, offerId: s.offerId },
    action: { kind: 'draft_introduction', label: 'Draft introduction' },
  };
}
