// `linchpin intro …` in-process against a real test database: the same rules as the API, readable output.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { addPerson } from '../../../test/introductions';
import { calendarDayWords } from '../../domain/time/day-words';

let t: TestApp;
let me: TestAccount;
let cli: ReturnType<typeof inProcessCli>;

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account('owner-intro-cli@example.com');
  cli = inProcessCli(t.deps);
});
afterAll(() => t.close());

const json = async (argv: string[]) => {
  const r = await cli([...argv, '--json']);
  if (r.code !== 0) throw new Error(`${argv.join(' ')} → ${r.code} ${r.stderr}`);
  return JSON.parse(r.stdout);
};

describe('linchpin intro', () => {
  it('proposes, sends, records answers, introduces, records the outcome and shows it all', async () => {
    const a = await addPerson(t, me, { name: 'Cli Alice', caveats: [{ text: 'Pays late' }] });
    const b = await addPerson(t, me, { name: 'Cli Bob' });
    const proposed = await cli([
      'intro',
      'propose',
      '--a',
      a.id,
      '--b',
      b.id,
      '--reason',
      'Alice needs Bob',
      '--disclose',
      a.caveats[0]!.id,
    ]);
    expect(proposed.code).toBe(0);
    expect(proposed.stdout).toContain('Proposed introducing Cli Alice and Cli Bob');
    const id = /: ([0-9a-f-]{36})/.exec(proposed.stdout)![1]!;
    expect(proposed.stdout).toContain(`linchpin intro send ${id}`);

    const sent = await cli(['intro', 'send', id]);
    expect(sent.code).toBe(0);
    expect(sent.stdout).toContain('The introduction is now asking for consent.');
    expect(sent.stdout).toContain(
      `consent request to ${a.emails[0]}: "Would you like to meet Cli Bob?" (kept in the Outbox, no SMTP server)`,
    );

    expect((await cli(['intro', 'send', id])).stderr).toContain(
      'Nothing to send: the introduction is asking. Waiting for answers.',
    );

    const yesA = await cli([
      'intro',
      'answer',
      id,
      '--person',
      a.id,
      '--answer',
      'yes',
      '--note',
      'on the phone',
    ]);
    expect(yesA.stdout).toBe('Recorded. The introduction is now asking for consent.\n');
    await cli(['intro', 'answer', id, '--person', b.id, '--answer', 'yes', '--channel', 'in_person']);
    const agenda = await cli(['intro', 'agenda']);
    expect(agenda.stdout).toContain('ready to send');
    const introduced = await cli(['intro', 'send', id]);
    expect(introduced.stdout).toContain('The introduction is now made: the introduction email is written.');
    expect(introduced.stdout).toContain('introduction to');

    const closed = await cli([
      'intro',
      'outcome',
      id,
      '--outcome',
      'business_done',
      '--value',
      '2500',
      '--note',
      'Signed',
    ]);
    expect(closed.stdout).toBe('Recorded "business done"; the introduction is closed.\n');

    const shown = await cli(['intro', 'show', id]);
    expect(shown.stdout).toMatch(/State:\s+closed/);
    expect(shown.stdout).toContain('Consent log:');
    expect(shown.stdout).toMatch(/Cli Alice\s+yes\s+phone\s+on the phone/);
    expect(shown.stdout).toMatch(/Cli Bob\s+yes\s+in person/);
    expect(shown.stdout).toContain('outcome recorded');
    const detail = await json(['intro', 'show', id]);
    expect(detail.outcome).toMatchObject({ kind: 'business_done', value: 2500 });

    const list = await cli(['intro', 'list', '--person', a.id]);
    expect(list.stdout).toContain('closed');
    expect(list.stdout).toContain('1 introduction');
  });

  it('options take words as well as codes; show prints words, never codes; --json keeps the codes', async () => {
    const a = await addPerson(t, me, { name: 'Cli Wanda' });
    const b = await addPerson(t, me, { name: 'Cli Xavier' });
    const d = await json(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'r', '--kind', 'Peers']);
    expect(d.kind).toBe('peers');
    const c = await addPerson(t, me, { name: 'Cli Vera' });
    const sp = await json([
      'intro',
      'propose',
      '--a',
      c.id,
      '--b',
      b.id,
      '--reason',
      'r',
      '--kind',
      'seeker-provider',
    ]);
    expect(sp.kind).toBe('seeker_provider');
    await cli(['intro', 'send', d.id]);
    // A's "not now" by message, then a yes in person: the channels and answers are printed in words.
    await t.call('POST', `/api/v1/introductions/${d.id}/answers`, {
      token: me.token,
      body: { personId: a.id, answer: 'later', until: '2026-06-01', channel: 'message' },
    });
    expect(
      (await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'yes', '--channel', 'in-person']))
        .code,
    ).toBe(0);
    expect(
      (await cli(['intro', 'answer', d.id, '--person', b.id, '--answer', 'Yes', '--channel', 'In person']))
        .code,
    ).toBe(0);
    await cli(['intro', 'send', d.id]);
    const closed = await cli(['intro', 'outcome', d.id, '--outcome', 'met, and it helped']);
    expect(closed.stdout).toBe('Recorded "met, and it helped"; the introduction is closed.\n');

    const shown = await cli(['intro', 'show', d.id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Kind:\s+peers, asking one after the other \(A first\)/);
    expect(shown.stdout).toMatch(/Cli Wanda\s+not now until 1 Jun 2026\s+message/);
    expect(shown.stdout).toMatch(/Cli Wanda\s+yes\s+in person/);
    expect(shown.stdout).toContain('asked for consent');
    expect(shown.stdout).toContain('second person asked');
    expect(shown.stdout).toContain('introduced → closed');
    expect(shown.stdout).toMatch(/Outcome:\s+met, and it helped/);
    // No code of any list of values reaches the table: they all have an underscore.
    expect(shown.stdout).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

    const detail = await json(['intro', 'show', d.id]);
    expect(detail.outcome.kind).toBe('met_helpful');
    expect(detail.consentLog.map((l: { channel: string }) => l.channel)).toEqual([
      'message',
      'in_person',
      'in_person',
    ]);
    expect(detail.events.map((e: { type: string }) => e.type)).toContain('second_party_asked');
  });

  it('show and list word their dates and where the emails are: no ISO time, no status code', async () => {
    const a = await addPerson(t, me, { name: 'Cli Ines' });
    const b = await addPerson(t, me, { name: 'Cli Jon' });
    const d = await json(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'r', '--send']);
    const asking = (await cli(['intro', 'show', d.id])).stdout;
    expect(asking).toMatch(/Next due:\s+\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} \(UTC\)\n/);
    expect(asking).toMatch(/kept in the Outbox, no SMTP server\s+/);
    expect(asking).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(asking).not.toMatch(/^local\b/m);

    const until = new Date(t.clock.now().getTime() + 40 * 86_400_000).toISOString().slice(0, 10);
    const words = calendarDayWords(until);
    await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'not now', '--until', until]);
    const snoozed = (await cli(['intro', 'show', d.id])).stdout;
    expect(snoozed).toMatch(new RegExp(`Snoozed until:\\s+${words}\\n`));
    expect(snoozed).toMatch(new RegExp(`Cli Ines\\s+not now until ${words}\\s+phone`));
    expect(snoozed).not.toContain(until);
    const listed = (await cli(['intro', 'list', '--person', a.id])).stdout;
    expect(listed).toContain(`Cli Ines (not now, until ${words})`);
  });

  it('an unknown --state (intro list) or --status (requests list) is refused naming the option, where it named "(body)"', async () => {
    for (const [argv, field, option] of [
      [['intro', 'list', '--state', 'bogus'], 'state', '--state'],
      [['requests', 'list', '--status', 'bogus'], 'status', '--status'],
    ] as const) {
      const text = await cli([...argv]);
      expect(text.code).toBe(1);
      expect(text.stderr).toMatch(new RegExp(`^error: ${field} \\(${option}\\): must be one of: `));
      const asJson = await cli([...argv, '--json']);
      expect(asJson.code).toBe(1);
      expect(JSON.parse(asJson.stderr).error.errors).toEqual([
        { field, option, message: expect.stringMatching(/^must be one of: /) },
      ]);
    }
  });

  it('outcome words and codes are the same outcome; an unknown one is refused naming --outcome', async () => {
    const a = await addPerson(t, me, { name: 'Cli Yara' });
    const b = await addPerson(t, me, { name: 'Cli Zeno' });
    const introduced = async () => {
      const d = await json(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'r']);
      await cli(['intro', 'send', d.id]);
      await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'yes']);
      await cli(['intro', 'answer', d.id, '--person', b.id, '--answer', 'yes']);
      await cli(['intro', 'send', d.id]);
      return d.id as string;
    };
    const one = await introduced();
    const bad = await cli(['intro', 'outcome', one, '--outcome', 'great success']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--outcome');
    for (const [said, code] of [['business done', 'business_done']] as const) {
      const done = await json(['intro', 'outcome', one, '--outcome', said, '--value', '10']);
      expect(done.outcome.kind).toBe(code);
    }
    const two = await introduced();
    expect((await json(['intro', 'outcome', two, '--outcome', 'business-done'])).outcome.kind).toBe(
      'business_done',
    );
    const three = await introduced();
    expect(
      (await json(['intro', 'outcome', three, '--outcome', 'No-show', '--absent', b.id])).outcome.kind,
    ).toBe('no_show');
    const four = await introduced();
    expect((await json(['intro', 'outcome', four, '--outcome', 'not_met'])).outcome.kind).toBe('not_met');
  });

  it('outcome --mark-need-met on an introduction made for no need is refused naming the option, and closes nothing', async () => {
    const a = await addPerson(t, me, { name: 'Cli Nia' });
    const b = await addPerson(t, me, { name: 'Cli Odo' });
    const d = await json(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'r']);
    await cli(['intro', 'send', d.id]);
    for (const who of [a, b]) await cli(['intro', 'answer', d.id, '--person', who.id, '--answer', 'yes']);
    await cli(['intro', 'send', d.id]);
    const bad = await cli(['intro', 'outcome', d.id, '--outcome', 'business done', '--mark-need-met']);
    expect(bad).toMatchObject({
      code: 1,
      stderr: 'error: markNeedMet (--mark-need-met): this introduction answers no need\n',
    });
    expect((await json(['intro', 'show', d.id])).state).toBe('introduced');
  });

  it('send on a draft the rules refuse to send says why (not "nothing to send"), and sends nothing', async () => {
    const a = await addPerson(t, me, { name: 'Cli Carol' });
    const b = await addPerson(t, me, { name: 'Cli Dan' });
    const d = await json(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'r']);
    await t.call('PATCH', `/api/v1/people/${b.id}`, {
      token: me.token,
      body: { introPreferences: { doNotIntroduce: true } },
    });
    const refused = await cli(['intro', 'send', d.id]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Cli Dan is marked "do not introduce"');
    expect(refused.stderr).not.toContain('Nothing to send');
    const after = await json(['intro', 'show', d.id]);
    expect(after.state).toBe('draft');
    expect(after.emails).toEqual([]);
  });

  it('a stale yes: send says to reconfirm, reconfirm re-asks, send --personal-line, outcome --mark-need-met', async () => {
    t.clock.set(new Date('2026-12-03T10:00:00.000Z'));
    const a = await addPerson(t, me, { name: 'Cli Erin' });
    const b = await addPerson(t, me, { name: 'Cli Finn' });
    const need = bodyOf(
      await t.call('POST', `/api/v1/people/${a.id}/needs`, { token: me.token, body: { text: 'A lawyer' } }),
      201,
    );
    const d = await json([
      'intro',
      'propose',
      '--a',
      a.id,
      '--b',
      b.id,
      '--reason',
      'r',
      '--need',
      need.id,
      '--send',
    ]);
    await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'yes']);
    t.clock.advanceDays(30);
    await cli(['intro', 'answer', d.id, '--person', b.id, '--answer', 'yes']);
    t.clock.advanceDays(31); // Erin's yes is 61 days old, Finn's 31.

    const stale = await cli(['intro', 'send', d.id]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(
      'Cli Erin said yes on 2026-12-03, more than 60 days ago; ask them to reconfirm',
    );
    const badParty = await cli(['intro', 'reconfirm', d.id, '--party', 'c']);
    expect(badParty.code).toBe(1);
    expect(badParty.stderr).toContain('party (--party)');
    const reconfirmed = await cli(['intro', 'reconfirm', d.id, '--party', 'a']);
    expect(reconfirmed.code).toBe(0);
    expect(reconfirmed.stdout).toContain('The introduction is now asking for consent.');
    expect(reconfirmed.stdout).toContain('"Still a yes to meeting Cli Finn?"');

    await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'yes']);
    const sent = await json(['intro', 'send', d.id, '--personal-line', 'Finally, you two!']);
    expect(sent.state).toBe('introduced');
    expect(sent.personalLines.introduction).toBe('Finally, you two!');
    expect(sent.emails.at(-1).text).toContain('Finally, you two!');

    const closed = await cli(['intro', 'outcome', d.id, '--outcome', 'met_helpful', '--mark-need-met']);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toBe(
      'Recorded "met, and it helped"; the introduction is closed. The need "A lawyer" is met.\n',
    );
  });

  it('send on a made introduction sends the follow-up now, the step Today names; then there is nothing to send', async () => {
    const a = await addPerson(t, me, { name: 'Cli Gus' });
    const b = await addPerson(t, me, { name: 'Cli Hana' });
    const d = await json(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'r', '--send']);
    await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'yes']);
    await cli(['intro', 'answer', d.id, '--person', b.id, '--answer', 'yes']);
    expect((await json(['intro', 'send', d.id])).state).toBe('introduced');
    t.clock.advanceDays(8);
    const agenda = (await json(['intro', 'agenda'])).items.filter(
      (i: { introductionId?: string }) => i.introductionId === d.id,
    );
    expect(agenda.map((i: { action: { label: string } }) => i.action.label)).toContain('Send the follow-up');

    const withLine = await cli(['intro', 'send', d.id, '--personal-line', 'How was it?']);
    expect(withLine.code).toBe(1);
    expect(withLine.stderr).toContain('--personal-line: the follow-up email carries no personal line');
    expect((await json(['intro', 'show', d.id])).state).toBe('introduced');

    const followed = await cli(['intro', 'send', d.id]);
    expect(followed.code).toBe(0);
    expect(followed.stdout).toContain('The introduction is now following up');
    expect(followed.stdout).toContain(`follow up to ${a.emails[0]}`);
    expect(followed.stdout).toContain(`follow up to ${b.emails[0]}`);
    const after = await json(['intro', 'show', d.id]);
    expect(after.state).toBe('following_up');
    expect(after.emails.filter((m: { kind: string }) => m.kind === 'follow_up')).toHaveLength(2);

    const again = await cli(['intro', 'send', d.id]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Nothing to send: the introduction is following up.');
    expect((await json(['intro', 'show', d.id])).emails).toHaveLength(after.emails.length);
  });

  it('follow-up-answer records how it went as someone told you, in words or codes; show lists it', async () => {
    const a = await addPerson(t, me, { name: 'Cli Kim' });
    const b = await addPerson(t, me, { name: 'Cli Lou' });
    const d = await json(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'r', '--send']);
    await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'yes']);
    await cli(['intro', 'answer', d.id, '--person', b.id, '--answer', 'yes']);
    await cli(['intro', 'send', d.id]);
    await cli(['intro', 'send', d.id]);
    const heard = await cli([
      'intro',
      'follow-up-answer',
      d.id,
      '--person',
      b.id,
      '--answer',
      'met, and it helped',
      '--note',
      'We start Monday',
    ]);
    expect(heard.code).toBe(0);
    expect(heard.stdout).toBe(
      'Recorded: Cli Lou met, and it helped. Record the outcome to close it: linchpin intro outcome ' +
        d.id +
        '\n',
    );
    const byCode = await json([
      'intro',
      'follow-up-answer',
      d.id,
      '--person',
      a.id,
      '--answer',
      'not_yet',
      '--channel',
      'message',
    ]);
    expect(byCode.followUpAnswers.a).toMatchObject({ answer: 'not_yet', channel: 'message' });
    expect(byCode.followUpAnswers.b).toMatchObject({ answer: 'met_helpful', channel: 'phone' });
    const shown = (await cli(['intro', 'show', d.id])).stdout;
    expect(shown).toMatch(
      /Follow-up:\s+Cli Kim: not met yet \(message\); Cli Lou: met, and it helped \(phone\)\n/,
    );
    const bad = await cli(['intro', 'follow-up-answer', d.id, '--person', a.id, '--answer', 'great']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--answer');
  });

  it('propose --send starts asking; cancel notes the yes-sayers; errors name the option', async () => {
    const a = await addPerson(t, me);
    const b = await addPerson(t, me);
    const d = await json([
      'intro',
      'propose',
      '--a',
      a.id,
      '--b',
      b.id,
      '--reason',
      'r',
      '--order',
      'parallel',
      '--send',
    ]);
    expect(d.state).toBe('asking');
    expect(d.emails).toHaveLength(2);
    await cli(['intro', 'answer', d.id, '--person', b.id, '--answer', 'yes']);
    const cancelled = await cli(['intro', 'cancel', d.id]);
    expect(cancelled.stdout).toBe('Cancelled. 1 neutral note written to whoever had said yes.\n');
    // Over: A's open question is no longer shown as awaited.
    const shown = (await cli(['intro', 'show', d.id])).stdout;
    expect(shown).toContain(`(${a.id}): asked, had not answered`);
    expect(shown).not.toContain('asked, waiting');

    const self = await cli(['intro', 'propose', '--a', a.id, '--b', a.id, '--reason', 'r']);
    expect(self.code).toBe(1);
    expect(self.stderr).toBe('error: personBId (--b): a person cannot be introduced to themselves\n');
    const badKind = await cli([
      'intro',
      'propose',
      '--a',
      a.id,
      '--b',
      b.id,
      '--reason',
      'r',
      '--kind',
      'friends',
    ]);
    expect(badKind.stderr).toContain('kind (--kind)');
    // A malformed introduction id points to where introduction ids are listed, not to the people.
    const malformed = await cli(['intro', 'show', '123']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('see: linchpin intro list');
    expect(malformed.stderr).not.toContain('people list');
    const later = await cli(['intro', 'answer', d.id, '--person', a.id, '--answer', 'later']);
    expect(later.code).toBe(1);
    expect(later.stderr).not.toMatch(/\n\s+at /);
    const missing = await cli(['intro', 'show', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Introduction not found');
  });
});
