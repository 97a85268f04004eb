// The reason a draft introduction starts with when it comes from a suggestion. Both people read it in their
// emails, so it is built only from what they would say themselves — the need and the offer — never from a
// suggestion's reasons, which hold the connector's private figures (trust, answer history, vouch criteria).

import { calendarDayWords } from '../time/day-words';

export interface ReasonParts {
  seekerName: string;
  providerName: string;
  needText: string;
  /** YYYY-MM-DD */
  neededBy: string | null;
  /** The offer that answers the need; null when the provider's profile does. */
  offerText: string | null;
}

/**
 * "Dana is looking for help: “a fractional CFO” (by 1 Mar 2027). Lee offers: “part-time CFO work”." The need
 * and the offer are quoted as written: a need the person wrote themself ("We need someone to run our
 * finances") reads as their words, not as a broken sentence about them.
 */
export function introductionReason(p: ReasonParts): string {
  const offer = p.offerText?.trim()
    ? sentence(`${p.providerName} offers: ${quoted(p.offerText)}`)
    : `${p.providerName} may be able to help.`;
  return `${needSentence(p)} ${offer}`;
}

/** The reason's first sentence, also what a draft for a need starts with before a provider is chosen. */
export function needSentence(p: Pick<ReasonParts, 'seekerName' | 'needText' | 'neededBy'>): string {
  return sentence(
    `${p.seekerName} is looking for help: ${quoted(p.needText)}`,
    p.neededBy ? ` (by ${calendarDayWords(p.neededBy)})` : '',
  );
}

/** In quotation marks, without the full stop it ended with. */
const quoted = (text: string) => `“${text.trim().replace(/[\s.]+$/u, '')}”`;

/** Ends with one full stop, after `tail`, whatever the text ended with. */
function sentence(text: string, tail = ''): string {
  const bare = text.replace(/[\s.]+$/u, '');
  const end = /[!?]$/u.test(bare) && tail === '' ? '' : '.';
  return `${bare}${tail}${end}`;
}
