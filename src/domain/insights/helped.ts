// The one definition of whether an introduction helped. The quality figure, the help-kinds chart and
// anything else that says "helped" ask this. Pure.
import type { FollowUpAnswer, OutcomeKind } from '../introduction/types';

export type Verdict = 'helped' | 'not_helped';

const HELPED_OUTCOMES: readonly OutcomeKind[] = ['met_helpful', 'business_done'];
const NOT_HELPED_ANSWERS: readonly FollowUpAnswer[] = ['met_not_fit', 'no_contact'];

/**
 * An introduction helped when the connector recorded it as helpful or as business done. Without an
 * outcome, the people's follow-up answers decide: one "met, helpful" is enough; otherwise "met, not a
 * fit" or "no contact" means it did not. "Not yet" or no answer: not known yet (null), so it counts in
 * neither the helped nor the judged figure.
 */
export function verdictOf(intro: {
  outcome: OutcomeKind | null;
  followUpAnswers: Partial<Record<string, FollowUpAnswer>>;
}): Verdict | null {
  if (intro.outcome) return HELPED_OUTCOMES.includes(intro.outcome) ? 'helped' : 'not_helped';
  const answers = Object.values(intro.followUpAnswers);
  if (answers.includes('met_helpful')) return 'helped';
  if (answers.some((a) => a !== undefined && NOT_HELPED_ANSWERS.includes(a))) return 'not_helped';
  return null;
}
