// Matching a need with offers, for "Find a provider". Pure; the API has no matcher yet (a later milestone).
import type { Offer } from '../api/types';

/** The active offer sharing the most tags with the need, and those tags. */
export function overlap(needTags: string[], offers: Offer[]): { tags: string[]; offer: Offer | null } {
  let best: { tags: string[]; offer: Offer | null } = { tags: [], offer: null };
  for (const o of offers) {
    if (o.status !== 'active') continue;
    const shared = o.tags.filter((t) => needTags.includes(t));
    if (shared.length > best.tags.length) best = { tags: shared, offer: o };
  }
  return best;
}
