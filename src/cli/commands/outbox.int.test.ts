// `linchpin outbox list|show` in-process against a real test database: the emails Linchpin wrote, readable
// without the web app, as the recipients read them; bad options named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestAccount, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';
import { addPerson } from '../../../test/introductions';

let t: TestApp;
let me: TestAccount;
let cli: ReturnType<typeof inProcessCli>;
let introId = '';
let consentTo = '';

beforeAll(async () => {
  t = await createTestApp();
  me = await t.account('owner-outbox-cli@example.com');
  cli = inProcessCli(t.deps);
  const a = await addPerson(t, me, { name: 'Olu Outbox', privateNotes: 'Owes me a favour' });
  const b = await addPerson(t, me, { name: 'Bea Outbox' });
  const proposed = await cli(['intro', 'propose', '--a', a.id, '--b', b.id, '--reason', 'Olu needs Bea']);
  introId = /: ([0-9a-f-]{36})/.exec(proposed.stdout)![1]!;
  expect((await cli(['intro', 'send', introId])).code).toBe(0);
  consentTo = a.emails[0]!;
});
afterAll(() => t.close());

describe('linchpin outbox', () => {
  it('lists the emails newest first, each with whom it went to, what it is and whether it went out', async () => {
    const ran = await cli(['outbox', 'list']);
    expect(ran.code).toBe(0);
    const [header, ...rows] = ran.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^WRITTEN\s+KIND\s+TO\s+SUBJECT\s+STATUS\s+ID$/);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]).toContain('consent request');
    expect(rows[0]).toContain(consentTo);
    expect(rows[0]).toContain('kept in the Outbox, no SMTP server');
    expect(rows[0]).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    const json = JSON.parse((await cli(['outbox', 'list', '--introduction', introId, '--json'])).stdout);
    expect(json.items.length).toBeGreaterThan(0);
    expect(json.items.every((m: { introductionId: string }) => m.introductionId === introId)).toBe(true);
    const local = JSON.parse((await cli(['outbox', 'list', '--status', 'sent', '--json'])).stdout);
    expect(local.items).toEqual([]);
    expect((await cli(['outbox', 'list', '--status', 'sent'])).stdout).toBe('No email matches.\n');
  });

  it('shows one email as it was written: headers and the text with its links, never a private note', async () => {
    const [first] = JSON.parse((await cli(['outbox', 'list', '--json'])).stdout).items;
    const ran = await cli(['outbox', 'show', first.id]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`Subject:`);
    expect(ran.stdout).toContain(first.subject);
    expect(ran.stdout).toContain(consentTo);
    expect(ran.stdout).toContain(first.text.trimEnd());
    for (const link of first.links) expect(ran.stdout).toContain(link.url);
    expect(ran.stdout).not.toContain('Owes me a favour');
    expect(JSON.parse((await cli(['outbox', 'show', first.id, '--json'])).stdout)).toMatchObject({
      id: first.id,
      subject: first.subject,
    });
  });

  it('refuses a bad status, limit or id, naming the option, and writes nothing to stdout', async () => {
    const status = await cli(['outbox', 'list', '--status', 'lost']);
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain('--status');
    expect(status.stdout).toBe('');
    const limit = await cli(['outbox', 'list', '--limit', '0']);
    expect(limit.code).not.toBe(0);
    expect(limit.stderr).toContain('--limit');
    const id = await cli(['outbox', 'show', 'nope']);
    expect(id.code).not.toBe(0);
    expect(id.stderr).toContain('linchpin outbox list');
    const missing = await cli(['outbox', 'show', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).not.toBe(0);
  });
});
