// Account, token, needs/offers/interactions and help commands, run in-process against a real test
// database (PGlite, and PostgreSQL when configured).
// The process-level behaviour (lock, forwarding, exit codes of the real binary) is in
// cli.process.int.test.ts and forwarding.process.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectStatus, type TestApp } from '../../test/app';
import { inProcessCli, lastWord } from '../../test/cli';

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
    expect(JSON.parse(member.stdout)).toMatchObject({
      email: 'member@example.com',
      role: 'member',
      name: null,
    });

    const named = await cli([
      'user',
      'create',
      '--email',
      'alex@example.com',
      '--password',
      'correct horse',
      '--name',
      'Alex Kim',
    ]);
    expect(named).toMatchObject({ code: 0, stderr: '' });
    expect(named.stdout).toContain('Created the member account alex@example.com (Alex Kim).');
    const badName = await cli([
      'user',
      'create',
      '--email',
      'b@example.com',
      '--password',
      'correct horse',
      '--name',
      'A\nB',
    ]);
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain(
      'error: name (--name): must be a single line without control characters',
    );

    const dup = await cli(['user', 'create', '--email', 'owner@example.com', '--password', 'another one']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toBe('error: email: an account with this email already exists\n');

    const bad = await cli(['user', 'create', '--email', 'not-an-email', '--password', 'short']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error: email (--email): must be an email address');
    expect(bad.stderr).toContain(
      'error: password (--password or LINCHPIN_PASSWORD): must be at least 10 characters',
    );
    noStackTrace(bad.stderr);
  });

  it('asks for the password at a terminal when none was given, without echoing it, twice', async () => {
    const signIn = (email: string, password: string) =>
      t.call('POST', '/api/v1/auth/signin', { body: { email, password } });
    const made = await cli(['user', 'create', '--email', 'asked@example.com'], {
      interactive: true,
      secrets: ['correct horse battery', 'correct horse battery'],
    });
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.asked).toEqual(['Password (at least 10 characters): ', 'The same password again: ']);
    expect(made.stdout).not.toContain('correct horse battery');
    expect((await signIn('asked@example.com', 'correct horse battery')).status).toBe(200);

    const differ = await cli(['user', 'create', '--email', 'typo@example.com'], {
      interactive: true,
      secrets: ['correct horse battery', 'correct horse batery'],
    });
    expect(differ.code).toBe(1);
    expect(differ.stderr).toBe('error: the two passwords differ; no account was created\n');
    expect((await signIn('typo@example.com', 'correct horse battery')).status).toBe(401);

    // Not at a terminal (a script): nothing is asked; the missing password is named.
    const script = await cli(['user', 'create', '--email', 'script@example.com']);
    expect(script.asked).toEqual([]);
    expect(script.code).toBe(1);
    expect(script.stderr).toContain('password (--password or LINCHPIN_PASSWORD)');
  });

  it('prints a new token as the last word of the last line, and the token works against the API', async () => {
    const made = await cli(['token', 'create', '--email', 'owner@example.com', '--name', 'scripts']);
    expect(made.code).toBe(0);
    const token = lastWord(made.stdout);
    expect(token).toMatch(/^lp_[\w-]{40,}$/);
    expect((await t.call('GET', '/api/v1/people', { token })).status).toBe(200);
    const tokens = await t.call('GET', '/api/v1/tokens', { token });
    expectStatus(tokens, 200);
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
      'suggest [options]',
      'suggest dismiss',
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

describe('--json', () => {
  // serve and worker run until stopped; export writes the file it is asked for (its JSON is --format json).
  const WITHOUT_JSON = new Set(['serve', 'worker', 'export']);

  it('every command that reads or changes an account takes --json', async () => {
    const help = (await cli(['--help'])).stdout;
    const commands = [
      ...help
        .split('Commands:')[1]!
        .split('Examples:')[0]!
        .matchAll(/^ {2}([a-z-]+(?: [a-z-]+)?)(?= \[| <|$)/gm),
    ]
      .map((m) => m[1]!)
      .filter((c) => !WITHOUT_JSON.has(c));
    expect(commands).toContain('keep-in-touch remove-tag');
    expect(commands).toContain('intro send');
    const without: string[] = [];
    for (const command of commands) {
      const own = await cli([...command.split(' '), '--help']);
      if (!own.stdout.includes('--json')) without.push(command);
    }
    expect(without).toEqual([]);
  });
});

describe('errors', () => {
  const errorOf = (stderr: string) => {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    return JSON.parse(stderr).error;
  };

  it('with --json, every error is one JSON object on stderr naming the field, and the exit is non-zero', async () => {
    // The service refuses the value: the problem, with the field and the option that set it.
    const bad = await cli(['needs', 'add', '--person', 'not-an-id', '--text', 'x', '--json']);
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toBe('');
    expect(errorOf(bad.stderr)).toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ field: 'person' })],
    });
    const trust = await cli(['people', 'add', '--name', 'Json Error', '--trust', '9', '--json']);
    expect(trust.code).not.toBe(0);
    expect(errorOf(trust.stderr)).toMatchObject({
      status: 422,
      errors: [expect.objectContaining({ field: 'trust', option: '--trust' })],
    });
    // Commander refuses the command line: its code, and the option at fault.
    const missing = await cli(['intro', 'outcome', '00000000-0000-4000-8000-000000000000', '--json']);
    expect(missing.code).not.toBe(0);
    expect(errorOf(missing.stderr)).toMatchObject({
      code: 'commander.missingMandatoryOptionValue',
      errors: [expect.objectContaining({ field: '--outcome', option: '--outcome' })],
    });
    const unknown = await cli(['people', 'list', '--json', '--sortt', 'name']);
    expect(errorOf(unknown.stderr)).toMatchObject({
      code: 'commander.unknownOption',
      errors: [expect.objectContaining({ option: '--sortt' })],
    });
    expect(errorOf(unknown.stderr).detail).toContain('--sort');
    // An account that is not there.
    const ghost = await cli(['people', 'list', '--account', 'ghost@example.com', '--json']);
    expect(ghost.code).toBe(1);
    expect(errorOf(ghost.stderr)).toMatchObject({
      status: 404,
      detail: 'No account has the email ghost@example.com',
    });
    // Without --json, errors stay sentences.
    expect((await cli(['people', 'list', '--account', 'ghost@example.com'])).stderr).toBe(
      'error: No account has the email ghost@example.com\n',
    );
  });

  it('a refusal the CLI words itself carries a code too, as the README promises every --json error does', async () => {
    const person = async (name: string, email: string) =>
      JSON.parse((await cli(['people', 'add', '--name', name, '--email', email, '--json'])).stdout)
        .id as string;
    const a = await person('Refused Ann', 'refused.ann@example.com');
    const b = await person('Refused Ben', 'refused.ben@example.com');
    const intro = JSON.parse(
      (await cli(['intro', 'propose', '--a', a, '--b', b, '--reason', 'r', '--send', '--json'])).stdout,
    );
    const again = await cli(['intro', 'send', intro.id, '--json']);
    expect(again.code).toBe(1);
    expect(errorOf(again.stderr)).toEqual({
      code: 'linchpin.refused',
      detail: 'Nothing to send: the introduction is asking. Waiting for answers.',
    });
  });

  it('a mistyped command or subcommand suggests the nearest one', async () => {
    const group = await cli(['peple', 'list']);
    expect(group.code).not.toBe(0);
    expect(group.stderr).toContain("unknown command 'peple'");
    expect(group.stderr).toContain('(Did you mean people?)');
    const sub = await cli(['intro', 'shw']);
    expect(sub.stderr).toContain('(Did you mean show?)');
    const far = await cli(['xylophone']);
    expect(far.code).not.toBe(0);
    expect(far.stderr).not.toContain('Did you mean');
    const json = await cli(['agnda', '--json']);
    expect(json.code).not.toBe(0);
    expect(errorOf(json.stderr)).toMatchObject({
      code: 'commander.unknownCommand',
      errors: [expect.objectContaining({ field: 'command' })],
    });
    expect(errorOf(json.stderr).detail).toContain('Did you mean agenda?');
  });
});

describe('user create without --password', () => {
  it('takes the password from LINCHPIN_PASSWORD when --password is not given, and names it when neither is', async () => {
    const fromEnv = await cli(['user', 'create', '--email', 'env-user@example.com'], {
      env: { LINCHPIN_PASSWORD: 'kept out of ps' },
    });
    expect(fromEnv).toMatchObject({ code: 0, stderr: '' });
    const none = await cli(['user', 'create', '--email', 'nopass@example.com']);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/password \(--password or LINCHPIN_PASSWORD\): is required/);
  });
});
