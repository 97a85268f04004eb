// Builders for domain tests: a fresh draft and a way to run a script of events, failing loudly.
import { type ProposedParty, propose } from './propose';
import { DEFAULT_TIMING, type TimingPolicy } from './timing';
import { transition } from './transition';
import type { AskOrder, Effect, Introduction, IntroEvent, IntroKind, LogEntry, Party } from './types';

export const T0 = new Date('2026-03-02T10:00:00.000Z');
export const days = (n: number, from = T0) => new Date(from.getTime() + n * 86_400_000);

const party = (id: string, over: Partial<ProposedParty> = {}): ProposedParty => ({
  id,
  askFirst: false,
  doNotIntroduce: false,
  hasEmail: true,
  ...over,
});

export function draft(
  opts: {
    order?: AskOrder;
    kind?: IntroKind;
    autoSend?: boolean;
    firstParty?: Party;
    a?: Partial<ProposedParty>;
    b?: Partial<ProposedParty>;
  } = {},
): Introduction {
  const r = propose({
    a: party('A', opts.a),
    b: party('B', opts.b),
    kind: opts.kind ?? 'seeker_provider',
    order: opts.order ?? 'sequential',
    firstParty: opts.firstParty,
    autoSend: opts.autoSend,
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.intro;
}

export interface Run {
  intro: Introduction;
  effects: Effect[];
  log: LogEntry[];
}

/** Applies events in order at the given times; throws on the first refused event. */
export function run(
  start: Introduction,
  steps: [IntroEvent, Date?][],
  policy: TimingPolicy = DEFAULT_TIMING,
): Run {
  let intro = start;
  const effects: Effect[] = [];
  const log: LogEntry[] = [];
  for (const [event, at] of steps) {
    const r = transition(intro, event, at ?? T0, policy);
    if (!r.ok) throw new Error(`${event.type} refused: ${r.error.code} ${r.error.message}`);
    intro = r.intro;
    effects.push(...r.effects);
    log.push(...r.log);
  }
  return { intro, effects, log };
}

export const yes = (p: Party): IntroEvent => ({
  type: 'answer',
  party: p,
  answer: 'yes',
  channel: 'email_link',
});
export const no = (p: Party): IntroEvent => ({
  type: 'answer',
  party: p,
  answer: 'no',
  channel: 'email_link',
});
export const later = (p: Party, until: string): IntroEvent => ({
  type: 'answer',
  party: p,
  answer: 'later',
  until,
  channel: 'email_link',
});
