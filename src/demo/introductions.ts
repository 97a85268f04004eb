// The demo's introductions: plausible pairs (a seeker's open need and a provider's offer on the same
// topic, or two people in the same line of work) and, for each, a timeline of events that leaves it in one
// state of its life as of `now`. Pure: the loader plays the events through the introductions service with
// a clock set to each step's time, so every state is reached by the real rules. Timings assume the
// defaults (remind after 5 days, expire 9 days after the reminder, follow up after 7, reconfirm after 60).
import type { FollowUpAnswer, IntroEvent, IntroKind, OutcomeKind } from '../domain/introduction/types';
import { addDaysToDate, localDate } from '../domain/time/zoned';
import { Random } from './random';
import type { DemoIntroduction, DemoPerson, DemoStep } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Scenario {
  kind: IntroKind;
  order: 'sequential' | 'parallel';
  /** Days before now the proposal was made (fractions allowed). */
  proposed: number;
  /** Each step: days before now, the event, who. */
  steps: (ctx: { today: string }) => [number, IntroEvent, DemoStep['actor'], { bounces?: true }?][];
}

const yes = (party: 'a' | 'b', note?: string): IntroEvent => ({
  type: 'answer',
  party,
  answer: 'yes',
  channel: note ? 'email_link' : 'phone',
  ...(note ? { note } : {}),
});
const heard = (party: 'a' | 'b', answer: FollowUpAnswer, note?: string): IntroEvent => ({
  type: 'follow_up_answer',
  party,
  answer,
  ...(note ? { note } : {}),
});

/** Asked, both said yes, introduced, followed up, closed with `outcome`: `d` days ago it started. */
function closed(d: number, outcome: OutcomeKind, answer: FollowUpAnswer, note: string): Scenario {
  return {
    kind: 'seeker_provider',
    order: 'parallel',
    proposed: d + 0.2,
    steps: () => [
      [d, { type: 'request' }, 'connector'],
      [d - 1, yes('a'), 'person'],
      [d - 2, yes('b'), 'person'],
      [d - 3, { type: 'introduce' }, 'connector'],
      [d - 10, { type: 'follow_up' }, 'system'],
      [d - 11, heard('a', answer, note), 'person'],
      [
        d - 14,
        {
          type: 'record_outcome',
          outcome,
          ...(outcome === 'business_done' ? { value: 12_000 } : {}),
          ...(outcome === 'no_show' ? { noShowParty: 'b' as const } : {}),
        },
        'connector',
      ],
    ],
  };
}

/** One scenario per state the demo shows, in the order they are planned. */
const SCENARIOS: Scenario[] = [
  // A draft, not yet sent.
  { kind: 'seeker_provider', order: 'sequential', proposed: 1, steps: () => [] },
  // Asking: the request went out this morning.
  {
    kind: 'seeker_provider',
    order: 'parallel',
    proposed: 0.2,
    steps: () => [[0.15, { type: 'request' }, 'connector']],
  },
  // Asking, reminded two days ago and still no answer: waiting_for_answer.
  {
    kind: 'seeker_provider',
    order: 'sequential',
    proposed: 7.1,
    steps: () => [
      [7, { type: 'request' }, 'connector'],
      [2, { type: 'remind' }, 'system'],
    ],
  },
  // Asking B after A's yes with a note: an answer to acknowledge.
  {
    kind: 'seeker_provider',
    order: 'sequential',
    proposed: 3.1,
    steps: () => [
      [3, { type: 'request' }, 'connector'],
      [1, yes('a', 'Happy to! Tuesdays are best for me.'), 'person'],
    ],
  },
  // Snoozed: "ask me again" five weeks ago, and that day is today: check_back.
  {
    kind: 'seeker_provider',
    order: 'sequential',
    proposed: 40.1,
    steps: ({ today }) => [
      [40, { type: 'request' }, 'connector'],
      [
        38,
        {
          type: 'answer',
          party: 'a',
          answer: 'later',
          until: today,
          channel: 'email_link',
          note: 'Ask me again once our round has closed.',
        },
        'person',
      ],
    ],
  },
  // Snoozed until next month, the other side already said yes.
  {
    kind: 'peers',
    order: 'parallel',
    proposed: 6.1,
    steps: ({ today }) => [
      [6, { type: 'request' }, 'connector'],
      [5, yes('a', 'Sounds great, I have wanted to meet someone doing this.'), 'person'],
      [
        4,
        {
          type: 'answer',
          party: 'b',
          answer: 'later',
          until: addDaysToDate(today, 30),
          channel: 'message',
          note: 'Travelling until next month.',
        },
        'connector',
      ],
    ],
  },
  // Ready: both said yes this week: ready_to_send.
  {
    kind: 'seeker_provider',
    order: 'parallel',
    proposed: 4.1,
    steps: () => [
      [4, { type: 'request' }, 'connector'],
      [3, yes('a', 'Yes please, Tuesdays are best.'), 'person'],
      [1, yes('b'), 'person'],
    ],
  },
  // Ready, but both yeses are older than 60 days: reconfirm.
  {
    kind: 'seeker_provider',
    order: 'parallel',
    proposed: 75.1,
    steps: () => [
      [75, { type: 'request' }, 'connector'],
      [74, yes('a'), 'person'],
      [70, yes('b'), 'person'],
    ],
  },
  // Introduced two days ago.
  {
    kind: 'peers',
    order: 'parallel',
    proposed: 10.1,
    steps: () => [
      [10, { type: 'request' }, 'connector'],
      [9, yes('a'), 'person'],
      [8, yes('b'), 'person'],
      [2, { type: 'introduce' }, 'connector'],
    ],
  },
  // Introduced seven days ago (and an hour): the follow-up is due: follow_up.
  {
    kind: 'seeker_provider',
    order: 'parallel',
    proposed: 14.1,
    steps: () => [
      [14, { type: 'request' }, 'connector'],
      [13, yes('a'), 'person'],
      [12, yes('b'), 'person'],
      [7 + 1 / 24, { type: 'introduce' }, 'connector'],
    ],
  },
  // Following up: the follow-up went out, A answered with a note: outcome_due and an answer.
  {
    kind: 'seeker_provider',
    order: 'parallel',
    proposed: 20.1,
    steps: () => [
      [20, { type: 'request' }, 'connector'],
      [19, yes('a'), 'person'],
      [18, yes('b'), 'person'],
      [12, { type: 'introduce' }, 'connector'],
      [5, { type: 'follow_up' }, 'system'],
      [
        1,
        heard('a', 'met_helpful', 'We had coffee on Tuesday and are already working on a proposal.'),
        'person',
      ],
    ],
  },
  closed(45, 'met_helpful', 'met_helpful', 'Really useful, thank you for thinking of me.'),
  closed(60, 'met_not_fit', 'met_not_fit', 'Lovely conversation, but not the right fit for now.'),
  closed(95, 'business_done', 'met_helpful', 'We signed last week!'),
  closed(50, 'not_met', 'no_contact', 'We could not find a time that worked.'),
  closed(120, 'no_show', 'no_contact', 'They did not turn up to the call.'),
  // Declined, with a reason.
  {
    kind: 'seeker_provider',
    order: 'sequential',
    proposed: 20.1,
    steps: () => [
      [20, { type: 'request' }, 'connector'],
      [
        19,
        {
          type: 'answer',
          party: 'a',
          answer: 'no',
          channel: 'email_link',
          note: 'Not taking on anything new this year, sorry.',
        },
        'person',
      ],
    ],
  },
  // Expired: reminded, then nothing for nine more days.
  {
    kind: 'seeker_provider',
    order: 'sequential',
    proposed: 30.1,
    steps: () => [
      [30, { type: 'request' }, 'connector'],
      [25, { type: 'remind' }, 'system'],
      [16, { type: 'expire' }, 'system'],
    ],
  },
  // Cancelled by the connector.
  {
    kind: 'peers',
    order: 'parallel',
    proposed: 15.1,
    steps: () => [
      [15, { type: 'request' }, 'connector'],
      [12, { type: 'cancel', note: 'They met at a conference in the meantime.' }, 'connector'],
    ],
  },
  // Asking, and the request to A (asked first, alone) bounced: failed_mail.
  {
    kind: 'seeker_provider',
    order: 'sequential',
    proposed: 0.3,
    steps: () => [[0.25, { type: 'request' }, 'connector', { bounces: true }]],
  },
];

/** Who can take part: an email to be asked at, not "do not introduce", and no monthly limit to run into. */
const askable = (p: DemoPerson) =>
  p.person.emails.length > 0 &&
  !p.person.introPreferences.doNotIntroduce &&
  p.person.introPreferences.maxRequestsPerMonth === null;

const firstName = (p: DemoPerson) => p.person.name.split(' ')[0]!;

export function planIntroductions(
  people: DemoPerson[],
  opts: { seed: number; now: Date; timeZone: string },
): DemoIntroduction[] {
  // A stream of its own, so the introductions never change the people a seed gives.
  const r = new Random(opts.seed * 7919 + 17);
  const used = new Set<number>();
  const free = (i: number) => !used.has(i) && askable(people[i]!);
  const today = localDate(opts.now, opts.timeZone);
  const at = (daysAgo: number) => new Date(opts.now.getTime() - Math.round(daysAgo * DAY));
  const out: DemoIntroduction[] = [];
  for (const scenario of SCENARIOS) {
    const pair = scenario.kind === 'peers' ? peers(r, people, free) : seekerAndProvider(r, people, free);
    if (!pair) continue;
    used.add(pair.a);
    used.add(pair.b);
    out.push({
      ...pair,
      kind: scenario.kind,
      order: scenario.order,
      proposedAt: at(scenario.proposed),
      steps: scenario.steps({ today }).map(([daysAgo, event, actor, extra]) => ({
        at: at(daysAgo),
        event,
        actor,
        ...extra,
      })),
    });
  }
  return out;
}

/** A seeker with an open need and a provider with an active offer on the need's topic. */
function seekerAndProvider(
  r: Random,
  people: DemoPerson[],
  free: (i: number) => boolean,
): Pick<DemoIntroduction, 'a' | 'b' | 'need' | 'reason'> | null {
  const seekers = people.flatMap((p, i) =>
    free(i) ? p.needs.flatMap((n, k) => (n.input.status === 'open' ? [{ i, k }] : [])) : [],
  );
  for (const { i, k } of r.sample(seekers, seekers.length)) {
    const need = people[i]!.needs[k]!.input;
    const topic = need.tags[0]!;
    const providers = people.flatMap((p, j) =>
      j !== i && free(j)
        ? p.offers.flatMap((o) =>
            o.input.status === 'active' && o.input.tags.includes(topic) ? [{ j, text: o.input.text }] : [],
          )
        : [],
    );
    if (providers.length === 0) continue;
    const { j, text } = r.pick(providers);
    const seeker = people[i]!;
    const provider = people[j]!;
    return {
      a: i,
      b: j,
      need: k,
      reason: `${firstName(seeker)} is looking for this: “${need.text}”. ${firstName(provider)} offers: “${text}”.`,
    };
  }
  return null;
}

/** Two people of the same profession in different cities, worth comparing notes. */
function peers(
  r: Random,
  people: DemoPerson[],
  free: (i: number) => boolean,
): Pick<DemoIntroduction, 'a' | 'b' | 'need' | 'reason'> | null {
  const order = r.sample(people.map((_, i) => i).filter(free), people.length);
  for (const i of order) {
    const p = people[i]!;
    const j = order.find(
      (x) =>
        x !== i && people[x]!.profession === p.profession && people[x]!.person.location !== p.person.location,
    );
    if (j === undefined) continue;
    const q = people[j]!;
    return {
      a: i,
      b: j,
      need: null,
      reason: `${firstName(p)} (${p.person.title}, ${p.person.location}) and ${firstName(q)} (${q.person.title}, ${q.person.location}) work in the same field: worth comparing notes.`,
    };
  }
  return null;
}
