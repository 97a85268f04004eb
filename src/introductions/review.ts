// What the connector may change when reviewing an email before it goes out: a personal line and each
// person's blurb, nothing else (private notes and undisclosed caveats have no field here). The step
// stores them on the introduction in the same write as its state, so the sent email and the record agree.
import type { IntroductionRow, PersonalLinesJson } from '../db/schema';
import { type Effect, PARTIES, type Party } from '../domain/introduction/types';

export interface Review {
  /** A line for the email(s) this step sends; none when absent. */
  personalLine?: string;
  /** What each person is presented as (`a`: the paragraph about A that B reads). */
  blurbs?: Partial<Record<Party, string>>;
}

type ReviewedColumns = Partial<Pick<IntroductionRow, 'pitchA' | 'pitchB' | 'personalLines'>>;

/**
 * The content a step writes: the reviewed blurbs, and the personal line of each email it sends. An email
 * sent without a review carries no personal line, so a line written for one message is never reused.
 */
export function reviewedContent(
  row: Pick<IntroductionRow, 'personalLines'>,
  effects: readonly Effect[],
  review: Review | undefined,
): ReviewedColumns {
  const line = review?.personalLine ?? '';
  let lines: PersonalLinesJson | null = null;
  for (const effect of effects) {
    if (effect.type === 'send_introduction') lines = { ...(lines ?? row.personalLines), introduction: line };
    if (effect.type === 'send_consent_request') {
      const current: PersonalLinesJson = lines ?? row.personalLines;
      lines = { ...current, request: { ...current.request, [effect.party]: line } };
    }
  }
  const blurbs = review?.blurbs ?? {};
  return {
    ...(blurbs.a !== undefined ? { pitchA: blurbs.a } : {}),
    ...(blurbs.b !== undefined ? { pitchB: blurbs.b } : {}),
    ...(lines ? { personalLines: lines } : {}),
  };
}

/** The event detail for a review that changed something, or null when nothing was written at review. */
export function reviewDetail(review: Review | undefined): string | null {
  if (!review) return null;
  const parts = [
    ...(review.personalLine ? ['personal line'] : []),
    ...PARTIES.filter((p) => review.blurbs?.[p] !== undefined).map((p) => `blurb of ${p.toUpperCase()}`),
  ];
  return parts.length ? `reviewed before sending: ${parts.join(', ')}` : null;
}
