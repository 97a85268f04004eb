// Job: when a "not now, ask me again on …" date arrives, put the check-back on the connector's agenda
// (an event on the introduction; the agenda lists it until the connector re-asks or cancels).
import type { IntroDeps } from '../service';
import { type SweepReport, sweep } from './sweep';

export const CHECK_BACKS_JOB = 'introductions-check-backs';

export function noteDueCheckBacks(deps: IntroDeps): Promise<SweepReport> {
  return sweep(deps, { states: ['snoozed'], events: ['check_back_due'] });
}
