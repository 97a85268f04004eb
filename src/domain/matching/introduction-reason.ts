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

/** "Dana is looking for: a fractional CFO (by 1 Mar 2027). Lee offers: part-time CFO work." */
export function introductionReason(p: ReasonParts): string {
  const need = sentence(
    `${p.seekerName} is looking for: ${p.needText.trim()}`,
    p.neededBy ? ` (by ${calendarDayWords(p.neededBy)})` : '',
  );
  const offer = p.offerText?.trim()
    ? sentence(`${p.providerName} offers: ${p.offerText.trim()}`)
    : `${p.providerName} may be able to help.`;
  return `${need} ${offer}`;
}

/** Ends with one full stop, after `tail`, whatever the text ended with. */
function sentence(text: string, tail = ''): string {
  const bare = text.replace(/[\s.]+$/u, '');
  const end = /[!?]$/u.test(bare) && tail === '' ? '' : '.';
  return `${bare}${tail}${end}`;
}
