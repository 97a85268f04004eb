// Accumulates one transition: the changed introduction, the effects it asks for and its log entries.
// Every state change goes through `log`, so a change of state without its event row cannot be written.
import type {
  Consent,
  Effect,
  Introduction,
  LogEntry,
  Party,
  TransitionErrorCode,
  TransitionResult,
} from './types';

export class Stepper {
  intro: Introduction;
  readonly effects: Effect[] = [];
  readonly entries: LogEntry[] = [];

  constructor(start: Introduction) {
    this.intro = start;
  }

  patch(changes: Partial<Omit<Introduction, 'state' | 'consent'>>): void {
    this.intro = { ...this.intro, ...changes };
  }

  setConsent(party: Party, consent: Consent): void {
    this.intro = { ...this.intro, consent: { ...this.intro.consent, [party]: consent } };
  }

  effect(effect: Effect): void {
    this.effects.push(effect);
  }

  /** Records an entry and moves the state to `entry.to`. */
  log(entry: Omit<LogEntry, 'from'>): void {
    this.entries.push({ ...entry, from: this.intro.state });
    this.intro = { ...this.intro, state: entry.to };
  }

  done(): TransitionResult {
    return { ok: true, intro: this.intro, effects: this.effects, log: this.entries, changed: true };
  }
}

export type Refusal = Extract<TransitionResult, { ok: false }>;

export const fail = (code: TransitionErrorCode, message: string, party?: Party): Refusal => ({
  ok: false,
  error: party ? { code, message, party } : { code, message },
});

export const noop = (intro: Introduction): TransitionResult => ({
  ok: true,
  intro,
  effects: [],
  log: [],
  changed: false,
});
