// Brings a loaded demo network to life: plays each planned introduction through the introductions
// service (proposed with a clock set to its day, then every move through `applyEvent` and the domain's
// `transition` at the step's own time), so states, consent logs, outcomes and emails are what the real
// rules make of that timeline; then sets the demo's keep-in-touch cadences on tags.
import type { Config } from '../config';
import type { Db, DbOrTx } from '../db/client';
import type { OutboxRow } from '../db/schema';
import { DEFAULT_TIMING } from '../domain/introduction/timing';
import { INTRO_STATES, type IntroState } from '../domain/introduction/types';
import { applyEvent } from '../introductions/apply';
import { proposeIntroduction } from '../introductions/service';
import { setTagCadence } from '../keep-in-touch/service';
import { claim, markUnsent } from '../mail/repository';
import { ManualClock } from '../shared/clock';
import { DEMO_TAG_CADENCES } from './keep-in-touch';
import type { DemoIds } from './load';
import type { DemoIntroduction, DemoNetwork } from './types';

export type IntroductionCounts = Record<IntroState, number>;

/** What the demo's one bounced consent request says, as a receiving server would. */
const BOUNCE = '550 5.1.1 Recipient address rejected: mailbox unavailable';

export async function bringDemoToLife(
  deps: { db: Db; config: Config },
  accountId: string,
  network: DemoNetwork,
  ids: DemoIds,
  now: Date,
): Promise<IntroductionCounts> {
  // Emails stay in the outbox ('local'), even where SMTP is configured: demo addresses reach no one. The
  // timelines are written for the default timings, so they are played with those.
  const config: Config = {
    ...deps.config,
    mail: { ...deps.config.mail, smtpUrl: undefined },
    introductions: { ...deps.config.introductions, ...DEFAULT_TIMING },
  };
  const clock = new ManualClock(now);
  const counts = Object.fromEntries(INTRO_STATES.map((s) => [s, 0])) as IntroductionCounts;
  for (const plan of network.introductions) {
    const state = await play({ db: deps.db, config, clock }, accountId, plan, ids);
    counts[state] += 1;
  }
  for (const { tag, ...cadence } of DEMO_TAG_CADENCES)
    await setTagCadence(deps.db, accountId, tag, cadence, now);
  return counts;
}

async function play(
  deps: { db: Db; config: Config; clock: ManualClock },
  accountId: string,
  plan: DemoIntroduction,
  ids: DemoIds,
): Promise<IntroState> {
  const needId = plan.need === null ? undefined : ids.needs[plan.a]?.[plan.need];
  deps.clock.set(plan.proposedAt);
  const proposed = await proposeIntroduction(deps, accountId, {
    personAId: ids.people[plan.a]!,
    personBId: ids.people[plan.b]!,
    kind: plan.kind,
    reason: plan.reason,
    order: plan.order,
    discloseCaveatIds: [],
    autoSend: false,
    // The demo's history: introductions the connector already chose to make, criteria or not.
    confirmUnvouched: true,
    // The timelines ask A first when asking one at a time.
    ...(plan.order === 'sequential' ? { firstPersonId: ids.people[plan.a]! } : {}),
    ...(needId ? { needId } : {}),
  });
  // The steps of one introduction in one transaction: the same moves as `act`, without reading the
  // introduction back after each.
  return deps.db.transaction(async (tx) => {
    let state = proposed.state;
    for (const step of plan.steps) {
      const now = step.at;
      // A bouncing step's email is written queued, as where SMTP is configured, to fail delivery below.
      const config = step.bounces
        ? { ...deps.config, mail: { ...deps.config.mail, smtpUrl: 'smtp://demo.invalid' } }
        : deps.config;
      const applied = await applyEvent(tx, { config, now }, accountId, proposed.id, step.event, {
        actor: step.actor,
      });
      if (step.bounces) await bounce(tx, applied.outbox, now);
      state = applied.row.state;
    }
    return state;
  });
}

/**
 * The demo's one bounced email, written queued: claimed and recorded failed through the outbox repository,
 * as a delivery that met a 550 does, in the same transaction, so no worker ever tries to send it.
 */
async function bounce(tx: DbOrTx, outbox: OutboxRow[], now: Date): Promise<void> {
  // One email, or the others would be left queued for an SMTP server the demo does not use.
  if (outbox.length !== 1) throw new Error(`a bouncing demo step must send one email, not ${outbox.length}`);
  const claimed = await claim(tx, outbox[0]!.id, now);
  if (!claimed) throw new Error('the demo could not claim its own queued email');
  await markUnsent(tx, claimed.id, claimed.attempts, {
    status: 'failed',
    error: BOUNCE,
    nextAttemptAt: null,
    rejected: claimed.to.map((to) => ({ address: to.address, error: BOUNCE, resentAs: null })),
  });
}
