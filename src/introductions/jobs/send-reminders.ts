// Job: the one polite reminder after N days without an answer, and expiry M days after it.
import type { IntroDeps } from '../service';
import { type SweepReport, sweep } from './sweep';

export const SEND_REMINDERS_JOB = 'introductions-send-reminders';

export function sendRemindersAndExpire(deps: IntroDeps): Promise<SweepReport> {
  return sweep(deps, { states: ['asking', 'snoozed'], events: ['remind', 'expire'] });
}
