// The keep-in-touch cadences the demo sets on tags, so Today shows people due and overdue for contact.
import type { TagCadenceInput } from '../keep-in-touch/schema';

/** The tag the generator gives a few of the closest people. */
export const INNER_CIRCLE = 'inner-circle';

export const DEMO_TAG_CADENCES: readonly (TagCadenceInput & { tag: string })[] = [
  { tag: INNER_CIRCLE, idealDays: 14, maxDays: 21 },
  { tag: 'investor', idealDays: 30, maxDays: 45 },
  { tag: 'mentor', idealDays: 60, maxDays: 90 },
];
