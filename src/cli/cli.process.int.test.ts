// The real `linchpin` binary as separate processes, on PGlite (a data directory) and on PostgreSQL
// (DATABASE_URL) when TEST_DATABASE_URL is set: exit codes, output, and the CLI next to a running server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, lastWord, linchpin, seededDataDir, startServe } from '../../test/cli';
import { testDbKind } from '../../test/db';
import { PeoplePage } from '../people/list-schema';
import { Person } from '../people/schema';

const kind = testDbKind();
let args: string[] = [];
let env: Record<string, string | undefined> = {};
let dataDir: string | undefined;
let drop: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (kind === 'pglite') {
    dataDir = await seededDataDir();
    args = ['--data', dataDir];
  } else {
    const db = await freshPostgresDatabase();
    env = { DATABASE_URL: db.url };
    drop = db.drop;
  }
});
afterAll(async () => {
  await drop?.();
});

// Each spawned process pays for Node, loading the build and opening the database: seconds on a busy machine.
const run = (...argv: string[]) => linchpin([...argv, ...args], { env });

describe(`linchpin as a process (${kind})`, () => {
  let token: string;
  let adaId: string;

  it('creates the owner and a token, adds and lists people, and fails cleanly on bad input', async () => {
    const owner = await run('user', 'create', '--email', 'owner@example.com', '--password', 'correct horse');
    expect(owner).toMatchObject({ code: 0 });
    expect(owner.stdout).toContain('Created the owner account owner@example.com.');

    const made = await run('token', 'create', '--email', 'owner@example.com');
    expect(made.code).toBe(0);
    token = lastWord(made.stdout);
    expect(token).toMatch(/^lp_/);

    const added = await run('people', 'add', '--name', 'Ada Lovelace', '--tag', 'engineer', '--trust', '4');
    expect(added.code).toBe(0);
    adaId = lastWord(added.stdout);

    const bad = await run('people', 'add', '--trust', '9');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('error: name (--name): is required');
    expect(bad.stderr).toContain('error: trust (--trust): must be 1 to 5');
    expect(bad.stderr).not.toMatch(/\bat .+:\d+:\d+/);

    const unknown = await run('people', 'show', '00000000-0000-4000-8000-000000000000');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: id: no person with id/);

    const listed = JSON.parse((await run('people', 'list', '--json')).stdout);
    expect(listed.items.map((p: { id: string }) => p.id)).toEqual([adaId]);
  }, 180_000);

  it('shows, edits and removes people with human and JSON output', async () => {
    const shown = await run('people', 'show', adaId);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Ada Lovelace\n=+\n/);
    expect(shown.stdout).toMatch(/Trust:\s+4\/5/);
    expect(JSON.parse((await run('people', 'show', adaId, '--json')).stdout)).toMatchObject({
      id: adaId,
      trust: 4,
    });

    const edited = await run('people', 'edit', adaId, '--company', 'Analytical Engines');
    expect(edited).toMatchObject({ code: 0, stdout: 'Updated Ada Lovelace (company).\n' });
    const json = JSON.parse((await run('people', 'edit', adaId, '--add-tag', 'mentor', '--json')).stdout);
    expect(json).toMatchObject({ company: 'Analytical Engines', tags: ['engineer', 'mentor'] });
    const badEdit = await run('people', 'edit', adaId, '--email', 'nope');
    expect(badEdit).toMatchObject({
      code: 1,
      stderr: 'error: emails[0] (--email): must be an email address\n',
    });

    const temp = lastWord((await run('people', 'add', '--name', 'Temporary')).stdout);
    expect(await run('people', 'rm', temp, '--yes')).toMatchObject({
      code: 0,
      stdout: 'Deleted Temporary.\n',
    });
    // With --json the error is JSON too, naming the field.
    const gone = await run('people', 'rm', temp, '--json');
    expect(gone.code).toBe(1);
    expect(JSON.parse(gone.stderr)).toMatchObject({
      error: { status: 404, errors: [{ field: 'id', message: expect.stringMatching(/^no person with id/) }] },
    });
  }, 180_000);

  it('prints every person with people list --json, across pages', async () => {
    expect(
      (await run('user', 'create', '--email', 'big@example.com', '--password', 'correct horse')).code,
    ).toBe(0);
    const demo = JSON.parse((await run('demo', '--account', 'big@example.com', '--json')).stdout);
    expect(demo).toMatchObject({ account: 'big@example.com', people: 240 });
    const all = JSON.parse((await run('people', 'list', '--account', 'big@example.com', '--json')).stdout);
    expect(Object.keys(all)).toEqual(['items', 'total']);
    expect(all.total).toBe(240);
    expect(all.items).toHaveLength(240);
    expect(new Set(all.items.map((p: { id: string }) => p.id)).size).toBe(240);
  }, 180_000);

  it('works next to a running server: the token authenticates, and CLI writes show up in the API at once', async () => {
    const server = await startServe(args, { env });
    try {
      const auth = { authorization: `Bearer ${token}` };
      const before = await fetch(`${server.url}/api/v1/people`, { headers: auth });
      expect(before.status).toBe(200);
      expect(PeoplePage.parse(await before.json()).items.map((p) => p.id)).toEqual([adaId]);
      expect((await fetch(`${server.url}/api/v1/people`)).status).toBe(401);

      const added = await run('people', 'add', '--name', 'Grace Hopper', '--json');
      expect(added).toMatchObject({ code: 0, stderr: '' });
      const grace = JSON.parse(added.stdout);
      const seen = await fetch(`${server.url}/api/v1/people/${grace.id}`, { headers: auth });
      expect(seen.status).toBe(200);
      expect(Person.parse(await seen.json()).name).toBe('Grace Hopper');

      // Errors come back with the same exit code and message when the command went through the server.
      const bad = await run('people', 'edit', grace.id, '--trust', '0');
      expect(bad).toMatchObject({ code: 1, stdout: '', stderr: 'error: trust (--trust): must be 1 to 5\n' });

      // An API write is visible to the CLI.
      const viaApi = await fetch(`${server.url}/api/v1/people`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Via API' }),
      });
      expect(viaApi.status).toBe(201);
      const names = JSON.parse((await run('people', 'list', '--json')).stdout).items.map(
        (p: { name: string }) => p.name,
      );
      expect(names).toEqual(['Ada Lovelace', 'Grace Hopper', 'Via API']);
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
    if (dataDir) {
      expect(server.output()).toContain(`Data: ${dataDir}`);
      expect(existsSync(join(dataDir, 'server.json'))).toBe(false);
      expect(existsSync(join(dataDir, 'linchpin.lock'))).toBe(false);
    } else {
      expect(server.output()).toContain('Database: PostgreSQL (DATABASE_URL)');
    }
    // Everything written through the server survived its shutdown.
    const after = JSON.parse((await run('people', 'list', '--json')).stdout).items.map(
      (p: { name: string }) => p.name,
    );
    expect(after).toEqual(['Ada Lovelace', 'Grace Hopper', 'Via API']);
  }, 180_000);
});
