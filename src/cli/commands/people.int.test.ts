// `linchpin people …` run in-process against a real test database (PGlite, and PostgreSQL when configured).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyOf, createTestApp, expectStatus, type TestApp } from '../../../test/app';
import { inProcessCli, lastWord } from '../../../test/cli';
import * as peopleRepo from '../../people/repository';
import { PersonInput } from '../../people/schema';
import { toValues } from '../../people/service';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
let token: string;
let ownerId: string;

beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
  const owner = await t.account('owner@example.com');
  token = owner.token;
  ownerId = owner.id;
});
afterAll(() => t.close());

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

describe('people', () => {
  it('adds a person from options, mapping each to its API field', async () => {
    const added = await cli([
      'people',
      'add',
      '--name',
      'Ada Lovelace',
      '--greet-as',
      'Countess',
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
      addressedAs: 'Countess',
      greeting: 'Countess',
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
    // The caveat's id is what `intro propose --disclose` takes: show prints it beside the caveat.
    const shown = await cli(['people', 'show', person.id]);
    expect(shown.stdout).toContain(
      `- Slow to reply (to share it in an introduction: --disclose ${person.caveats[0].id})`,
    );

    const human = await cli(['people', 'add', '--name', 'Grace Hopper', '--company', 'Navy']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(new RegExp(`^Added Grace Hopper: ${UUID.source}\\n$`));
    // Scripts can take the id as the last word.
    expect(bodyOf(await t.call('GET', `/api/v1/people/${lastWord(human.stdout)}`, { token }), 200).name).toBe(
      'Grace Hopper',
    );
  });

  it('rejects bad input with a non-zero exit and a message naming the field and its option', async () => {
    const cases: [string[], string[]][] = [
      [['--email', 'x@example.com'], ['error: name (--name): is required']],
      [['--name', 'X', '--trust', '9'], ['error: trust (--trust): must be 1 to 5']],
      [['--name', 'X', '--trust', 'high'], ['error: trust (--trust): must be a number']],
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
    await peopleRepo.insertPeople(t.database.db, ownerId, batch);
    const all = JSON.parse((await cli(['people', 'list', '--json'])).stdout);
    expect(Object.keys(all)).toEqual(['items', 'total']);
    expect(all.items).toHaveLength(232);
    expect(all.total).toBe(232);
    expect(new Set(all.items.map((p: { id: string }) => p.id)).size).toBe(232);
    const limited = await cli(['people', 'list', '--tag', 'bulk', '--limit', '3']);
    expect(limited.stdout.trimEnd().split('\n')).toHaveLength(5);
    expect((await cli(['people', 'list', '--limit', '0'])).stderr).toBe(
      'error: --limit must be a whole number of 1 or more\n',
    );
  });

  it('sorts, filters by source and open need, and lists the sources', async () => {
    const solo = await t.account('sorter@example.com');
    const as = (args: string[]) => cli([...args, '--account', 'sorter@example.com']);
    for (const [name, trust] of [
      ['Zed Low', 1],
      ['Amy High', 5],
      ['Kim Mid', 3],
    ] as const)
      await as(['people', 'add', '--name', name, '--trust', String(trust)]);
    const byTrust = JSON.parse((await as(['people', 'list', '--sort', 'trust', '--json'])).stdout);
    expect(byTrust.items.map((p: { name: string }) => p.name)).toEqual(['Amy High', 'Kim Mid', 'Zed Low']);
    const upward = JSON.parse(
      (await as(['people', 'list', '--sort', 'trust', '--direction', 'asc', '--json'])).stdout,
    );
    expect(upward.items.map((p: { name: string }) => p.name)).toEqual(['Zed Low', 'Kim Mid', 'Amy High']);
    const kim = byTrust.items[1].id as string;
    expect((await as(['people', 'list', '--has-open-need'])).stdout).toBe('Nobody matches.\n');
    await t.call('POST', `/api/v1/people/${kim}/needs`, { token: solo.token, body: { text: 'A designer' } });
    const needy = JSON.parse((await as(['people', 'list', '--has-open-need', '--json'])).stdout);
    expect(needy.items.map((p: { name: string }) => p.name)).toEqual(['Kim Mid']);
    const hand = JSON.parse((await as(['people', 'list', '--source', 'hand', '--json'])).stdout);
    expect(hand.total).toBe(3);
    const sources = await as(['people', 'sources']);
    expect(sources.stdout).toMatch(/^SOURCE\s+WHERE FROM\s+PEOPLE\nhand\s+Added by hand\s+3\n$/);
    expect((await as(['people', 'list', '--sort', 'age'])).stderr).toBe(
      'error: sort (--sort): must be one of: name, last-contact, trust, added\n',
    );
    // With --json, a bad choice names its field and option like every other bad value (README, Command line).
    for (const [option, field] of [
      ['--sort', 'sort'],
      ['--direction', 'direction'],
    ] as const) {
      const bad = await as(['people', 'list', option, 'sideways', '--json']);
      expect(bad.code).toBe(1);
      expect(JSON.parse(bad.stderr)).toMatchObject({
        error: { errors: [{ field, option, message: expect.stringContaining('must be one of') }] },
      });
    }
    // The free-text filters follow the API's rules: a 10 kB search or a source that is none is refused.
    const long = await as(['people', 'list', '--search', 'x'.repeat(10_000)]);
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('--search');
    expect(long.stdout).toBe('');
    const badSource = await as(['people', 'list', '--source', 'somewhere']);
    expect(badSource.code).toBe(1);
    expect(badSource.stderr).toContain('--source');
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
    expect(shown.stdout).toContain('[open] A co-maintainer (high, by 1 Mar 2026) #hiring');
    expect(shown.stdout).toContain('[active] Code review (for new maintainers)');
    expect(shown.stdout).toContain('1 Dec 2025  became their client (outbound): Hired for a review');
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
    const after = bodyOf(await t.call('GET', `/api/v1/people/${id}`, { token }), 200);
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

  it('rm of someone in an introduction says what it does, asks, or needs --cancel-introductions', async () => {
    const add = async (name: string, email: string) =>
      bodyOf(await t.call('POST', '/api/v1/people', { token, body: { name, emails: [email] } }), 201).id;
    const ada = await add('Ada Intro', 'ada.intro@example.com');
    const bob = await add('Bob Intro', 'bob.intro@example.com');
    const intro = await t.call('POST', '/api/v1/introductions', {
      token,
      body: { personAId: ada, personBId: bob, kind: 'peers', reason: 'Both row.', order: 'parallel' },
    });
    expectStatus(intro, 201);
    const impact = 'Ada Intro is in 1 open introduction; deleting cancels it.';

    const scripted = await cli(['people', 'rm', ada, '--yes']);
    expect(scripted).toMatchObject({
      code: 1,
      stderr: `error: ${impact} Add --cancel-introductions to go ahead.\n`,
    });
    expect((await t.call('GET', `/api/v1/people/${ada}`, { token })).status).toBe(200);

    const confirmed = await cli(['people', 'rm', ada, '--yes', '--cancel-introductions', '--json']);
    expect(confirmed.code).toBe(0);
    expect(JSON.parse(confirmed.stdout)).toEqual({ deleted: ada, cancelled: [intro.body.id], kept: [] });
    const d = await t.call('GET', `/api/v1/introductions/${intro.body.id}`, { token });
    expect(d.body).toMatchObject({ state: 'cancelled', personA: { id: ada, name: 'Deleted person' } });

    // On a terminal it asks again, saying what happens to the introductions.
    const cy = await add('Cy Intro', 'cy.intro@example.com');
    await t.call('POST', '/api/v1/introductions', {
      token,
      body: { personAId: cy, personBId: bob, kind: 'peers', reason: 'Both row.', order: 'parallel' },
    });
    const asked = await cli(['people', 'rm', cy], { interactive: true, answer: true });
    expect(asked.asked).toEqual([
      'Delete Cy Intro with their needs, offers and interactions?',
      'Cy Intro is in 1 open introduction; deleting cancels it. Go ahead?',
    ]);
    expect(asked).toMatchObject({
      code: 0,
      stdout: 'Deleted Cy Intro: cancelled 1 open introduction.\n',
    });
  });
});
