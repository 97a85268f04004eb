// Whose vouch criteria an introduction tests: the one rule for drafting, requests and suggestions.
import type { IntroKind } from './types';

/**
 * Who an introduction puts forward as a provider: in seeker/provider introductions the provider (B), in
 * introductions of peers each to the other. The seeker is not vouched for: they are the one being helped.
 */
export function putForward<T>(kind: IntroKind, a: T, b: T): T[] {
  return kind === 'seeker_provider' ? [b] : [a, b];
}
