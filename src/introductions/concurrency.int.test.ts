// Races: answers arriving at the same moment, through the same link or different ones, and a yes racing
// a cancel, always end in exactly one consistent state (row locks + versioned updates).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../../test/app';
import { detail, linkPath, mailsTo, post, postForm, propose } from '../../test/introductions';

let t: TestApp;
let me: TestAccount;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account();
});
afterAll(() => t.close());

const ROUNDS = 6;

async function asked(body: Record<string, unknown> = {}) {
  const p = await propose(t, me, { body });
  const res = await post(t, me, `/api/v1/introductions/${p.intro.id}/request`);
  const link = (email: string) => linkPath(mailsTo<any>(res.body.emails, email, 'consent_request')[0], 'Yes');
  return { ...p, link };
}

/** Checks that the event log chains from draft to the current state and matches the version. */
function consistent(d: any) {
  let state = 'draft';
  for (const e of d.events.slice(1)) {
    expect(e.fromState).toBe(state);
    state = e.toState;
  }
  expect(state).toBe(d.state);
}

describe('racing answers', () => {
  it('yes and no through the same link at once: exactly one is recorded', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { intro, a, link } = await asked();
      const path = link(a.emails[0]!);
      const [yes, no] = await Promise.all([
        postForm(t, path, { answer: 'yes' }),
        postForm(t, path, { answer: 'no' }),
      ]);
      expect([yes.status, no.status].sort()).toEqual([200, 409]);
      const d = await detail(t, me, intro.id);
      expect(d.consentLog).toHaveLength(1);
      const winner = d.consentLog[0].answer;
      expect(winner).toBe(yes.status === 200 ? 'yes' : 'no');
      expect(d.state).toBe(winner === 'yes' ? 'asking' : 'declined');
      expect(d.consent.a.status).toBe(winner);
      consistent(d);
    }
  });

  it('the same answer twice at once is recorded once', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { intro, a, b, link } = await asked();
      const path = link(a.emails[0]!);
      const results = await Promise.all([0, 1, 2].map(() => postForm(t, path, { answer: 'yes' })));
      expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
      const d = await detail(t, me, intro.id);
      expect(d.consentLog).toHaveLength(1);
      expect(mailsTo<any>(d.emails, b.emails[0]!, 'consent_request')).toHaveLength(1);
      consistent(d);
    }
  });

  it('a link answer racing a phone answer for the same person: one wins, the other is refused', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { intro, a, link } = await asked();
      const [viaLink, viaPhone] = await Promise.all([
        postForm(t, link(a.emails[0]!), { answer: 'yes' }),
        post(t, me, `/api/v1/introductions/${intro.id}/answers`, { personId: a.id, answer: 'no' }),
      ]);
      expect([viaLink.status, viaPhone.status].filter((s) => s === 200)).toHaveLength(1);
      const d = await detail(t, me, intro.id);
      expect(d.consentLog).toHaveLength(1);
      consistent(d);
    }
  });

  it('both people saying yes at once in parallel order: ready once, one introduction with auto-send', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const { intro, a, b, link } = await asked({ order: 'parallel', autoSend: true });
      const results = await Promise.all([
        postForm(t, link(a.emails[0]!), { answer: 'yes' }),
        postForm(t, link(b.emails[0]!), { answer: 'yes' }),
      ]);
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const d = await detail(t, me, intro.id);
      expect(d.state).toBe('introduced');
      expect(d.events.filter((e: any) => e.type === 'ready')).toHaveLength(1);
      expect(d.emails.filter((m: any) => m.kind === 'introduction')).toHaveLength(1);
      consistent(d);
    }
  });
});

describe('yes racing cancel', () => {
  it('ends cancelled; the neutral note goes out exactly when the yes got in first', async () => {
    for (let i = 0; i < ROUNDS * 2; i++) {
      const { intro, a, link } = await asked();
      const [yes, cancel] = await Promise.all([
        postForm(t, link(a.emails[0]!), { answer: 'yes' }),
        post(t, me, `/api/v1/introductions/${intro.id}/cancel`),
      ]);
      expect(cancel.status).toBe(200);
      const d = await detail(t, me, intro.id);
      expect(d.state).toBe('cancelled');
      const notes = mailsTo<any>(d.emails, a.emails[0]!, 'closing_note');
      if (yes.status === 200) {
        expect(d.consent.a.status).toBe('yes');
        expect(d.consentLog).toHaveLength(1);
        expect(notes).toHaveLength(1);
      } else {
        expect(yes.status).toBe(410);
        expect(d.consent.a.status).toBe('asked');
        expect(d.consentLog).toHaveLength(0);
        expect(notes).toHaveLength(0);
      }
      consistent(d);
    }
  });

  it('a stale writer cannot overwrite a newer version', async () => {
    const { intro } = await asked();
    const { updateIntroduction, findIntroduction } = await import('./repository');
    const row = (await findIntroduction(t.database.db, me.id, intro.id))!;
    await post(t, me, `/api/v1/introductions/${intro.id}/cancel`);
    const stale = await updateIntroduction(t.database.db, me.id, intro.id, row.version, { state: 'ready' });
    expect(stale).toBeUndefined();
    expect((await detail(t, me, intro.id)).state).toBe('cancelled');
  });
});
