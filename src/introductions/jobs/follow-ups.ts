// Job: N days after an introduction, ask each person separately how it went.
import type { IntroDeps } from '../service';
import { type SweepReport, sweep } from './sweep';

export const FOLLOW_UPS_JOB = 'introductions-follow-ups';

export function sendDueFollowUps(deps: IntroDeps): Promise<SweepReport> {
  return sweep(deps, { states: ['introduced'], events: ['follow_up'] });
}
