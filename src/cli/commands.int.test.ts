// Every command, run in-process against a real test database (PGlite, and PostgreSQL when configured).
// The process-level behaviour (lock, forwarding, exit codes of the real binary) is in cli-process tests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { inProcessCli, lastWord } from '../../test/cli';
import { accountForEmailOrOwner } from '../accounts/service';
import * as peopleRepo from '../people/repository';
import { PersonInput } from '../people/schema';
import { toValues } from '../people/service';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
});
afterAll(() => t.close());

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

describe('user create and token create', () => {
  it('creates the owner, then members, and rejects bad or duplicate accounts naming the field', async () => {
    const owner = await cli([
      'user',
      'create',
      '--email',
      'Owner@Example.com',
      '--password',
      'correct horse',
    ]);
    expect(owner).toMatchObject({ code: 0, stderr: '' });
    expect(owner.stdout).toContain('Created the owner account owner@example.com.');

    const member = await cli([
      'user',
      'create',
      '--email',
      'member@example.com',
      '--password',
      'correct horse',
      '--json',
    ]);
    expect(member.code).toBe(0);
    expect(JSON.parse(member.stdout)).toMatchObject({ email: 'member@example.com', role: 'member' });

    const dup = await cli(['user', 'create', '--email', 'owner@example.com', '--password', 'another one']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toBe('error: email: an account with this email already exists\n');

    const bad = await cli(['user', 'create', '--email', 'not-an-email', '--password', 'short']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error: email: must be an email address');
    expect(bad.stderr).toContain('error: password: must be at least 8 characters');
    noStackTrace(bad.stderr);
  });

  it('prints a new token as the last word of the last line, and the token works against the API', async () => {
    const made = await cli(['token', 'create', '--email', 'owner@example.com', '--name', 'scripts']);
    expect(made.code).toBe(0);
    const token = lastWord(made.stdout);
    expect(token).toMatch(/^lp_[\w-]{40,}$/);
    expect((await t.call('GET', '/api/v1/people', { token })).status).toBe(200);
    const tokens = await t.call('GET', '/api/v1/tokens', { token });
    expect(tokens.body.items.map((x: { name: string }) => x.name)).toContain('scripts');

    // Default account: the owner. JSON for scripts.
    const json = JSON.parse((await cli(['token', 'create', '--json'])).stdout);
    expect(json).toMatchObject({ name: 'cli', email: 'owner@example.com' });
    expect((await t.call('GET', '/api/v1/people', { token: json.token })).status).toBe(200);

    const unknown = await cli(['token', 'create', '--email', 'nobody@example.com']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: No account has the email nobody@example.com\n');
  });
});

describe('people', () => {
  let token: string;
  beforeAll(async () => {
    const owner = await cli(['token', 'create', '--json']);
    token = JSON.parse(owner.stdout).token;
  });

  it('adds a person from options, mapping each to its API field', async () => {
    const added = await cli([
      'people',
      'add',
      '--name',
      'Ada Lovelace',
      '--email',
      'ADA@example.com',
      '--email',
      'ada@home.example',
      '--phone',
      '+44 20 7946 0001',
      '--company',
      'Analytical Engines',
      '--title',
      'Programmer',
      '--location',
      'London',
      '--link',
      'https://www.linkedin.com/in/ada',
      '--link',
      'https://ada.example',
      '--blurb',
      'Writes the programs nobody else can.',
      '--tag',
      'Engineer',
      '--tag',
      'mentor',
      '--trust',
      '4',
      '--vouched',
      'Worked with them',
      '--vouch',
      'Checked references',
      '--notes',
      'Prefers mornings',
      '--caveat',
      'Slow to reply',
      '--ask-first',
      '--max-requests',
      '2',
      '--values',
      'speaking slots',
      '--keep-in-touch',
      '30',
      '--keep-in-touch-max',
      '60',
      '--json',
    ]);
    expect(added).toMatchObject({ code: 0, stderr: '' });
    const person = JSON.parse(added.stdout);
    const fromApi = await t.call('GET', `/api/v1/people/${person.id}`, { token });
    expect(fromApi.body).toEqual(person);
    expect(person).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada@example.com', 'ada@home.example'],
      phones: ['+44 20 7946 0001'],
      company: 'Analytical Engines',
      title: 'Programmer',
      location: 'London',
      links: [
        { kind: 'linkedin', url: 'https://www.linkedin.com/in/ada' },
        { kind: 'website', url: 'https://ada.example' },
      ],
      tags: ['engineer', 'mentor'],
      trust: 4,
      vouchCriteria: [
        { label: 'Worked with them', met: true },
        { label: 'Checked references', met: false },
      ],
      privateNotes: 'Prefers mornings',
      caveats: [{ text: 'Slow to reply' }],
      introPreferences: {
        askFirst: true,
        maxRequestsPerMonth: 2,
        doNotIntroduce: false,
        valuedHelp: ['speaking slots'],
      },
      keepInTouch: { idealDays: 30, maxDays: 60 },
    });

    const human = await cli(['people', 'add', '--name', 'Grace Hopper', '--company', 'Navy']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^Added Grace Hopper: ${UUID.source}\\n$`));
    // Scripts can take the id as the last word.
    expect((await t.call('GET', `/api/v1/people/${lastWord(human.stdout)}`, { token })).body.name).toBe(
      'Grace Hopper',
    );
  });

  it('rejects bad input with a non-zero exit and a message naming the field and its option', async () => {
    const cases: [string[], string[]][] = [
      [['--email', 'x@example.com'], ['error: name (--name): is required']],
      [['--name', 'X', '--trust', '9'], ['error: trust (--trust): must be 1 to 5']],
      [
        ['--name', 'X', '--trust', 'high'],
        ['error: trust (--trust): Invalid input: expected number, received string'],
      ],
      [
        ['--name', 'X', '--email', 'a@example.com', '--email', 'nope'],
        ['error: emails[1] (--email): must be an email address'],
      ],
      [
        ['--name', 'X', '--link', 'ftp://x.example'],
        ['error: links[0].url (--link): must be an http(s) URL'],
      ],
      [
        ['--name', 'X', '--keep-in-touch', '90', '--keep-in-touch-max', '30'],
        ['error: keepInTouch.maxDays (--keep-in-touch-max)'],
      ],
      [['--name', 'X', '--tag', 'a,b'], ['error: tags[0] (--tag): tags cannot contain commas']],
      [
        ['--name', 'X', '--max-requests', '-1'],
        ['error: introPreferences.maxRequestsPerMonth (--max-requests)'],
      ],
    ];
    for (const [args, expected] of cases) {
      const r = await cli(['people', 'add', ...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      for (const e of expected) expect(r.stderr, args.join(' ')).toContain(e);
      noStackTrace(r.stderr);
    }
    const typo = await cli(['people', 'add', '--nmae', 'X']);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain("unknown option '--nmae'");
    expect(typo.stderr).toContain('(Did you mean --name?)');
  });

  it('lists people as a table, filters and searches them, and --json returns every page', async () => {
    const table = await cli(['people', 'list']);
    expect(table.code).toBe(0);
    const [header, ...rows] = table.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+COMPANY\s+TITLE\s+TRUST\s+TAGS$/);
    expect(rows.at(-1)).toBe('2 people');
    expect(rows[0]).toMatch(
      new RegExp(
        `^${UUID.source}\\s+Ada Lovelace\\s+Analytical Engines\\s+Programmer\\s+4\\s+engineer, mentor$`,
      ),
    );
    // Columns line up: every row has NAME where the header has it.
    const nameCol = header!.indexOf('NAME');
    expect(rows.slice(0, 2).map((r) => r.slice(nameCol, nameCol + 5))).toEqual(['Ada L', 'Grace']);

    expect((await cli(['people', 'list', '--tag', 'mentor', '--json'])).stdout).toContain('Ada Lovelace');
    const search = JSON.parse((await cli(['people', 'list', '-q', 'navy', '--json'])).stdout);
    expect(search.items.map((p: { name: string }) => p.name)).toEqual(['Grace Hopper']);
    expect((await cli(['people', 'list', '--search', 'zzzz'])).stdout).toBe('Nobody matches.\n');

    // More people than one page of the API (200): --json must still return all of them.
    const batch = Array.from({ length: 230 }, (_, i) =>
      toValues(PersonInput.parse({ name: `Bulk ${String(i).padStart(3, '0')}`, tags: ['bulk'] })),
    );
    await peopleRepo.insertPeople(t.database.db, await ownerAccountId(), batch);
    const all = JSON.parse((await cli(['people', 'list', '--json'])).stdout);
    expect(Object.keys(all)).toEqual(['items']);
    expect(all.items).toHaveLength(232);
    expect(new Set(all.items.map((p: { id: string }) => p.id)).size).toBe(232);
    const limited = await cli(['people', 'list', '--tag', 'bulk', '--limit', '3']);
    expect(limited.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect((await cli(['people', 'list', '--limit', '0'])).stderr).toBe(
      'error: --limit must be a whole number of 1 or more\n',
    );
  });

  it('shows, edits and removes a person; unknown or malformed ids fail naming the id', async () => {
    const id = JSON.parse(
      (await cli(['people', 'add', '--name', 'Linus', '--tag', 'kernel', '--ask-first', '--json'])).stdout,
    ).id as string;
    expect(
      (
        await cli([
          'needs',
          'add',
          '--person',
          id,
          '--text',
          'A co-maintainer',
          '--tag',
          'hiring',
          '--urgency',
          'high',
          '--needed-by',
          '2026-03-01',
        ])
      ).code,
    ).toBe(0);
    expect(
      (await cli(['offers', 'add', '--person', id, '--text', 'Code review', '--for', 'new maintainers']))
        .code,
    ).toBe(0);
    expect(
      (
        await cli([
          'interactions',
          'add',
          '--person',
          id,
          '--type',
          'became-their-client',
          '--date',
          '2025-12-01',
          '--direction',
          'outbound',
          '--note',
          'Hired for a review',
        ])
      ).code,
    ).toBe(0);

    const shown = await cli(['people', 'show', id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Linus\n=====\n');
    expect(shown.stdout).toMatch(/Intros:\s+busy: ask first/);
    expect(shown.stdout).toContain('[open] A co-maintainer (high, by 2026-03-01) #hiring');
    expect(shown.stdout).toContain('[active] Code review (for new maintainers)');
    expect(shown.stdout).toContain('2025-12-01  became their client (outbound): Hired for a review');
    const json = JSON.parse((await cli(['people', 'show', id, '--json'])).stdout);
    expect(json).toEqual((await t.call('GET', `/api/v1/people/${id}`, { token })).body);

    const edited = await cli([
      'people',
      'edit',
      id,
      '--title',
      'Maintainer',
      '--add-tag',
      'Git',
      '--remove-tag',
      'kernel',
      '--max-requests',
      '3',
      '--trust',
      '5',
    ]);
    expect(edited).toMatchObject({ code: 0, stderr: '' });
    expect(edited.stdout).toBe('Updated Linus (title, tags, trust, introPreferences).\n');
    const after = (await t.call('GET', `/api/v1/people/${id}`, { token })).body;
    expect(after).toMatchObject({ title: 'Maintainer', tags: ['git'], trust: 5 });
    // Changing one preference keeps the others.
    expect(after.introPreferences).toMatchObject({ askFirst: true, maxRequestsPerMonth: 3 });
    const cleared = JSON.parse((await cli(['people', 'edit', id, '--trust', 'none', '--json'])).stdout);
    expect(cleared.trust).toBeNull();

    const nothing = await cli(['people', 'edit', id]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('nothing to change');
    const invalid = await cli(['people', 'edit', id, '--name', '  ']);
    expect(invalid).toMatchObject({ code: 1, stderr: 'error: name (--name): must not be empty\n' });

    const missing = '00000000-0000-4000-8000-000000000000';
    for (const cmd of [
      ['people', 'show', missing],
      ['people', 'edit', missing, '--title', 'x'],
      ['people', 'rm', missing, '--yes'],
    ]) {
      const r = await cli(cmd);
      expect(r.code, cmd.join(' ')).toBe(1);
      expect(r.stderr).toMatch(
        /^error: id: no person with id 00000000-0000-4000-8000-000000000000 in owner@example\.com's network/,
      );
    }
    const malformed = await cli(['people', 'show', '123']);
    expect(malformed).toMatchObject({ code: 1 });
    expect(malformed.stderr).toContain('error: id: "123" is not an id');
    const unknownPerson = await cli(['needs', 'add', '--person', missing, '--text', 'x']);
    expect(unknownPerson.stderr).toMatch(/^error: person: no person with id/);

    // On a terminal, rm asks; "no" keeps the person and exits non-zero.
    const declined = await cli(['people', 'rm', id], { interactive: true, answer: false });
    expect(declined).toMatchObject({ code: 1, stderr: 'Nothing deleted.\n' });
    expect(declined.asked).toEqual(['Delete Linus with their needs, offers and interactions?']);
    expect((await t.call('GET', `/api/v1/people/${id}`, { token })).status).toBe(200);
    const confirmed = await cli(['people', 'rm', id], { interactive: true, answer: true });
    expect(confirmed).toMatchObject({ code: 0, stdout: 'Deleted Linus.\n' });
    expect((await t.call('GET', `/api/v1/people/${id}`, { token })).status).toBe(404);
    // In scripts (no terminal) it does not ask; --yes never asks.
    const other = lastWord((await cli(['people', 'add', '--name', 'Temp'])).stdout);
    const scripted = await cli(['people', 'rm', other, '--json']);
    expect(scripted.asked).toEqual([]);
    expect(JSON.parse(scripted.stdout)).toEqual({ deleted: other });
    const yes = lastWord((await cli(['people', 'add', '--name', 'Temp2'])).stdout);
    expect((await cli(['people', 'rm', yes, '--yes'], { interactive: true })).asked).toEqual([]);
  });
});

async function ownerAccountId(): Promise<string> {
  return (await accountForEmailOrOwner(t.database.db)).id;
}

describe('needs, offers and interactions', () => {
  it('adds and lists them, validating through the API schemas', async () => {
    const id = lastWord((await cli(['people', 'add', '--name', 'Margaret Hamilton'])).stdout);
    const need = await cli([
      'needs',
      'add',
      '--person',
      id,
      '--text',
      'Seed investor',
      '--tag',
      'fundraising',
      '--json',
    ]);
    expect(JSON.parse(need.stdout)).toMatchObject({
      personId: id,
      text: 'Seed investor',
      urgency: 'normal',
      status: 'open',
    });
    const badNeed = await cli([
      'needs',
      'add',
      '--person',
      id,
      '--text',
      '',
      '--urgency',
      'asap',
      '--needed-by',
      'soon',
    ]);
    expect(badNeed.code).toBe(1);
    expect(badNeed.stderr).toContain('error: text (--text): must not be empty');
    expect(badNeed.stderr).toContain('error: urgency (--urgency):');
    expect(badNeed.stderr).toContain('error: neededBy (--needed-by): must be a date as YYYY-MM-DD');
    const noPerson = await cli(['needs', 'add', '--text', 'x']);
    expect(noPerson.code).toBe(1);
    expect(noPerson.stderr).toContain("required option '--person <id>' not specified");

    const offer = JSON.parse(
      (
        await cli([
          'offers',
          'add',
          '--person',
          id,
          '--text',
          'Apollo stories',
          '--for',
          'engineers',
          '--status',
          'paused',
          '--json',
        ])
      ).stdout,
    );
    expect(offer).toMatchObject({ idealCounterpart: 'engineers', status: 'paused' });
    expect(
      (await cli(['offers', 'add', '--person', id, '--text', 'x', '--status', 'gone'])).stderr,
    ).toContain('error: status (--status):');

    const x = await cli(['interactions', 'add', '--person', id, '--type', 'sent-useful-info', '--json']);
    expect(JSON.parse(x.stdout)).toMatchObject({
      type: 'sent_useful_info',
      direction: 'mutual',
      occurredAt: t.clock.now().toISOString(),
    });
    const badX = await cli(['interactions', 'add', '--person', id, '--type', 'lunch', '--date', 'yesterday']);
    expect(badX.stderr).toContain('error: type (--type):');
    expect(badX.stderr).toContain(
      'error: occurredAt (--date): must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
    );

    expect((await cli(['needs', 'list', '--person', id])).stdout).toMatch(
      /open\s+normal\s+Seed investor\s+fundraising/,
    );
    expect(JSON.parse((await cli(['offers', 'list', '--person', id, '--json'])).stdout).items).toHaveLength(
      1,
    );
    expect((await cli(['interactions', 'list', '--person', id])).stdout).toMatch(
      /2026-01-15\s+sent-useful-info\s+mutual/,
    );
  });

  it('acts on the account given by --account, and only on it', async () => {
    const member = await t.account('second@example.com');
    const added = await cli([
      'people',
      'add',
      '--name',
      'Only Mine',
      '--account',
      'second@example.com',
      '--json',
    ]);
    const id = JSON.parse(added.stdout).id;
    expect((await t.call('GET', `/api/v1/people/${id}`, { token: member.token })).status).toBe(200);
    const ownerToken = JSON.parse((await cli(['token', 'create', '--json'])).stdout).token;
    expect((await t.call('GET', `/api/v1/people/${id}`, { token: ownerToken })).status).toBe(404);
    // The owner's CLI cannot see it either.
    expect((await cli(['people', 'show', id])).code).toBe(1);
    expect((await cli(['people', 'list', '--account', 'second@example.com', '--json'])).stdout).toContain(
      'Only Mine',
    );
    const unknown = await cli(['people', 'list', '--account', 'ghost@example.com']);
    expect(unknown).toMatchObject({ code: 1, stderr: 'error: No account has the email ghost@example.com\n' });
  });
});

describe('help', () => {
  it('lists every command with examples, and each command explains its options', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    for (const cmd of [
      'user create',
      'token create',
      'people add',
      'people list',
      'people show',
      'people edit',
      'people rm',
      'needs add',
      'offers add',
      'interactions add',
      'demo',
    ]) {
      expect(help.stdout).toContain(`  ${cmd}`);
    }
    expect(help.stdout).toContain('Examples:');
    const add = await cli(['people', 'add', '--help']);
    expect(add.stdout).toContain('--tag <tag>');
    expect(add.stdout).toContain('repeat');
    const none = await cli(['people']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage: linchpin people');
  });
});
