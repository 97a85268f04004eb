// "What would happen if…": runs the state machine without saving anything and renders the emails a step
// would send (with placeholder links), for review before sending; and the consent requests a proposal
// would send, before it is even saved.
import type { Db } from '../db/client';
import type { IntroductionRow, OutboxRow } from '../db/schema';
import { transition } from '../domain/introduction/transition';
import { type Effect, type IntroEvent, PARTIES, type Party } from '../domain/introduction/types';
import { notFound, unprocessable } from '../shared/errors';
import { loadParties, problemFor, senderOf, withNames } from './apply';
import { loadDomain } from './facts';
import { previewEffects } from './mail';
import { fromDomain } from './mapping';
import { findIntroduction } from './repository';
import { type Review, reviewedContent } from './review';
import type { IntroductionInput, PreviewAction, ProposalPreview, StepPreview } from './schema';
import { type IntroDeps, prepareProposal } from './service';

const EVENTS: Record<PreviewAction, (party: Party) => IntroEvent> = {
  request: () => ({ type: 'request' }),
  introduce: () => ({ type: 'introduce' }),
  reask: () => ({ type: 'reask' }),
  reconfirm: (party) => ({ type: 'reconfirm', party }),
  'follow-up': () => ({ type: 'follow_up', early: true }),
  cancel: () => ({ type: 'cancel' }),
};

/** A proposal that is not saved has no id; its previews carry this one. */
const UNSAVED_ID = '00000000-0000-0000-0000-000000000000';

const fromLine = (m: Pick<OutboxRow, 'from'>) => `${m.from.name} <${m.from.address}>`;

export async function previewStep(
  deps: IntroDeps & { db: Db },
  accountId: string,
  id: string,
  action: PreviewAction,
  /** reconfirm: whose yes; the review: the edits the step would be sent with. */
  options: { party?: Party; review?: Review } = {},
): Promise<StepPreview> {
  const row = await findIntroduction(deps.db, accountId, id);
  if (!row) throw notFound('Introduction');
  const people = await loadParties(deps.db, row);
  const now = deps.clock.now();
  const intro = await loadDomain(deps.db, row, people, now);
  if (action === 'reconfirm' && !options.party) throw unprocessable('party', 'say whose yes to reconfirm');
  const event = EVENTS[action](options.party ?? 'a');
  const result = transition(intro, event, now, deps.config.introductions);
  if (!result.ok) throw problemFor(withNames(result.error, { a: people.a.name, b: people.b.name }));
  const after = {
    ...row,
    ...fromDomain(result.intro, deps.config.introductions),
    ...reviewedContent(row, result.effects, options.review),
  };
  const messages = await previewEffects(
    { config: deps.config, now, ...(await senderOf(deps.db, accountId)), row: after, people },
    result.effects,
  );
  return {
    state: result.intro.state,
    messages: messages.map((m) => ({
      kind: m.kind,
      from: fromLine(m),
      to: m.to.map((a) => a.address),
      cc: m.cc.map((a) => a.address),
      subject: m.subject,
      text: m.text,
      html: m.html,
    })),
  };
}

/**
 * The consent request each person would get if this proposal were saved and asking started: checked as
 * the proposal itself is, rendered by the same templates with this server's settings. Who is asked when
 * comes from the state machine: it is asked to start, and then, until both have been asked, to take a
 * yes from whoever was asked.
 */
export async function previewProposal(
  deps: IntroDeps,
  accountId: string,
  input: IntroductionInput,
): Promise<ProposalPreview> {
  const now = deps.clock.now();
  const policy = deps.config.introductions;
  const { people, intro, content } = await prepareProposal(deps.db, accountId, input);
  const names = { a: people.a.name, b: people.b.name };
  const step = (state: typeof intro, event: IntroEvent) => {
    const r = transition(state, event, now, policy);
    if (!r.ok) throw problemFor(withNames(r.error, names));
    return r;
  };
  let result = step(intro, { type: 'request' });
  const effects: Effect[] = [...result.effects];
  for (const party of PARTIES) {
    const waiting = PARTIES.some((p) => result.intro.consent[p].status === 'not_asked');
    if (!waiting || result.intro.consent[party].status !== 'asked') continue;
    result = step(result.intro, { type: 'answer', party, answer: 'yes', channel: 'email_link' });
    effects.push(...result.effects);
  }
  const requests = effects.filter(
    (e): e is Extract<Effect, { type: 'send_consent_request' }> => e.type === 'send_consent_request',
  );
  const row: IntroductionRow = {
    id: UNSAVED_ID,
    accountId,
    ...content,
    ...fromDomain(intro, policy),
    version: 0,
    createdAt: now,
    updatedAt: now,
  };
  const messages = await previewEffects(
    { config: deps.config, now, ...(await senderOf(deps.db, accountId)), row, people },
    requests,
  );
  const view = (party: Party) => {
    const i = requests.findIndex((e) => e.party === party);
    const m = messages[i];
    if (!m) throw new Error(`no consent request for person ${party.toUpperCase()}`);
    return {
      personId: people[party].id,
      position: requests[i]!.position,
      from: fromLine(m),
      to: m.to.map((a) => a.address),
      subject: m.subject,
      text: m.text,
      html: m.html,
    };
  };
  return { a: view('a'), b: view('b') };
}
