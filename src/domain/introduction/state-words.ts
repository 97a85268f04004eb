// An introduction's state as a sentence says it ("while the introduction is asking for consent"): messages
// built in the domain reach users through the API, the web app and the CLI, never as a state's code.
import type { IntroState } from './types';

export const STATE_PHRASES: Record<IntroState, string> = {
  draft: 'a draft',
  asking: 'asking for consent',
  snoozed: 'snoozed',
  ready: 'ready to send',
  introduced: 'made',
  following_up: 'following up',
  closed: 'closed',
  declined: 'declined',
  expired: 'expired',
  cancelled: 'cancelled',
};

/** "made or following up". */
export const statesInWords = (states: readonly IntroState[]) =>
  states.map((s) => STATE_PHRASES[s]).join(' or ');
