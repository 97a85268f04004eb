// "What would happen if…": runs the state machine on the current introduction without saving anything
// and renders the emails the step would send (with placeholder links), for review before sending.
import type { Db } from '../db/client';
import { transition } from '../domain/introduction/transition';
import type { IntroEvent } from '../domain/introduction/types';
import { notFound } from '../shared/errors';
import { connectorOf, loadParties, problemFor } from './apply';
import { previewEffects } from './mail';
import { fromDomain, toDomain } from './mapping';
import { findIntroduction } from './repository';
import type { PreviewAction, StepPreview } from './schema';
import type { IntroDeps } from './service';

const EVENTS: Record<PreviewAction, IntroEvent> = {
  request: { type: 'request' },
  introduce: { type: 'introduce' },
  reask: { type: 'reask' },
  'follow-up': { type: 'follow_up', early: true },
  cancel: { type: 'cancel' },
};

export async function previewStep(
  deps: IntroDeps & { db: Db },
  accountId: string,
  id: string,
  action: PreviewAction,
): Promise<StepPreview> {
  const row = await findIntroduction(deps.db, accountId, id);
  if (!row) throw notFound('Introduction');
  const people = await loadParties(deps.db, row);
  const now = deps.clock.now();
  const result = transition(
    toDomain(row, people.a, people.b),
    EVENTS[action],
    now,
    deps.config.introductions,
  );
  if (!result.ok) throw problemFor(result.error);
  const after = { ...row, ...fromDomain(result.intro, deps.config.introductions) };
  const messages = await previewEffects(
    { config: deps.config, now, connector: await connectorOf(deps.db, accountId), row: after, people },
    result.effects,
  );
  return {
    state: result.intro.state,
    messages: messages.map((m) => ({
      kind: m.kind,
      to: m.to.map((a) => a.address),
      cc: m.cc.map((a) => a.address),
      subject: m.subject,
      text: m.text,
      html: m.html,
    })),
  };
}
