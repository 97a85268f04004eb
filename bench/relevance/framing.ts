// The words that frame a request or an offer ("I'm looking for someone who…", "Happy to help with…")
// rather than say what is asked or offered. Every need shares its framing with other needs, and every offer
// with other offers, so it says nothing about which offer answers which need; in a short text it can still
// weigh on the sentence embedding. Pure: a small, general set of patterns at the start of a clause (and a
// few trailing calls for answers), never a list of topics. Measured by levers.ts, not used by the product
// (bench/README.md: it moved nothing).

/** A clause starts at the text's start or after sentence punctuation, a dash or a line break. */
const START = String.raw`(^|[.!?;:\n\r\u2022]\s*|\s[-\u2013\u2014]+\s+)`;

const WHO = String.raw`(?:i\s*(?:'|\u2019)?\s*m|i\s+am|we\s*(?:'|\u2019)?\s*re|we\s+are|i|we)`;
const ANYONE = String.raw`(?:anyone|anybody|someone|somebody|any\s+of\s+you|you)`;

/** Openings of a request: who asks, then the asking. */
const REQUEST = [
  String.raw`(?:hi|hello|hey)(?:\s+(?:all|everyone|folks))?\s*[,!]?\s+`,
  String.raw`(?:${WHO}\s+)?(?:(?:really|urgently|desperately|also|still)\s+)?(?:looking|searching|hunting|hoping|trying)\s+(?:for|to\s+find|to\s+get|to\s+speak\s+(?:to|with)|to\s+talk\s+(?:to|with))\s+`,
  String.raw`(?:${WHO}\s+)?(?:(?:really|urgently|desperately|also|still)\s+)?(?:need|needs|want|wants|would\s+like|(?:'|\u2019)d\s+like|require|requires)\s+(?:to\s+(?:find|get|hire|speak\s+(?:to|with)|talk\s+(?:to|with)|meet)\s+)?`,
  String.raw`(?:(?:can|could|does|do|would|will)\s+)?${ANYONE}\s+(?:here\s+)?(?:know|knows|recommend|recommends|suggest|help|point\s+(?:me|us)\s+to|introduce\s+(?:me|us)\s+to|connect\s+(?:me|us)\s+(?:with|to))\s+(?:of\s+)?(?:(?:me|us)\s+)?(?:(?:with|to|find)\s+)?`,
  String.raw`(?:any\s+|some\s+)?(?:recommendations?|suggestions?|ideas?|pointers?)\s+(?:for|on)\s+`,
  String.raw`(?:an?\s+)?intro(?:duction)?s?\s+to\s+`,
  String.raw`help\s+(?:me|us)\s+(?:with\s+|to\s+|find\s+)?`,
];

/** Openings of an offer: who offers, then the offering. */
const OFFER = [
  String.raw`(?:${WHO}\s+)?(?:(?:always|very|more\s+than)\s+)?(?:happy|glad|keen|willing|available|open)\s+to\s+(?:(?:help|advise|chat|talk)\s+(?:out\s+)?(?:with|on|about|around)?\s*)?`,
  String.raw`(?:${WHO}\s+)?(?:can|could|will|do|offer|offers|provide|provides)\s+(?:help\s+(?:you\s+|out\s+)?(?:with\s+|on\s+)?)?`,
];

/** Calls for answers that close a request ("…, anyone?", "…, any ideas?"). */
const TRAILING = new RegExp(
  String.raw`[\s,;:\u2013\u2014-]*\b(?:${ANYONE}|any\s+(?:ideas|recommendations|suggestions|tips|leads)|ideas|recommendations|please|thanks|thank\s+you)\s*[?!.]*\s*$`,
  'iu',
);

const compile = (openings: readonly string[]) => new RegExp(`${START}(?:${openings.join('|')})`, 'giu');
const REQUEST_OPENING = compile(REQUEST);
const OFFER_OPENING = compile(OFFER);

function strippedOnce(text: string, opening: RegExp, trailing: boolean): string {
  let out = text.replace(opening, '$1');
  if (trailing) out = out.replace(TRAILING, '');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * The text without its request framing (a need) or offer framing (an offer or a profile). Never empty for a
 * text with a letter or digit in it (a text that is all framing is kept as written), and idempotent: the
 * patterns are applied until nothing more changes.
 */
export function withoutFraming(text: string, kind: 'need' | 'offer' | 'profile'): string {
  const opening = kind === 'need' ? REQUEST_OPENING : OFFER_OPENING;
  let current = text.replace(/\s+/g, ' ').trim();
  for (;;) {
    const next = strippedOnce(current, opening, kind === 'need');
    if (next === current) break;
    if (!/[\p{L}\p{N}]/u.test(next)) break;
    current = next;
  }
  return current;
}
