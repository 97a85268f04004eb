// `linchpin user password` and `linchpin user reset-password`, in-process against a real test database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app';
import { inProcessCli } from '../../../test/cli';

let t: TestApp;
let cli: ReturnType<typeof inProcessCli>;
beforeAll(async () => {
  t = await createTestApp();
  cli = inProcessCli(t.deps);
});
afterAll(() => t.close());

const signIn = async (email: string, password: string) => {
  const r = await t.call('POST', '/api/v1/auth/signin', { body: { email, password } });
  return { status: r.status, cookie: r.headers.get('set-cookie')?.split(';')[0] ?? '' };
};
const stillSignedIn = async (cookie: string) =>
  (await t.call('GET', '/api/v1/account', { headers: { cookie } })).status === 200;

describe('linchpin user reset-password', () => {
  it('sets a new password without the old one and signs out every session', async () => {
    await t.account('forgot@example.com');
    const session = await signIn('forgot@example.com', 'correct horse battery');
    const r = await cli([
      'user',
      'reset-password',
      '--email',
      'forgot@example.com',
      '--password',
      'brand new secret',
    ]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('Set a new password for forgot@example.com');
    expect(await stillSignedIn(session.cookie)).toBe(false);
    expect((await signIn('forgot@example.com', 'correct horse battery')).status).toBe(401);
    expect((await signIn('forgot@example.com', 'brand new secret')).status).toBe(200);
    const json = await cli([
      'user',
      'reset-password',
      '--email',
      'forgot@example.com',
      '--password',
      'another new secret',
      '--json',
    ]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(json.stdout)).toEqual({ email: 'forgot@example.com', sessionsSignedOut: true });
  });

  it('takes the password from LINCHPIN_PASSWORD, or asks for it twice at a terminal', async () => {
    await t.account('env@example.com');
    const fromEnv = await cli(['user', 'reset-password', '--email', 'env@example.com'], {
      env: { LINCHPIN_PASSWORD: 'from the environment' },
    });
    expect(fromEnv.code).toBe(0);
    expect((await signIn('env@example.com', 'from the environment')).status).toBe(200);

    const asked = await cli(['user', 'reset-password', '--email', 'env@example.com'], {
      interactive: true,
      secrets: ['typed at the prompt', 'typed at the prompt'],
    });
    expect(asked.code).toBe(0);
    expect(asked.asked).toEqual(['Password (at least 10 characters): ', 'The same password again: ']);
    expect((await signIn('env@example.com', 'typed at the prompt')).status).toBe(200);
  });

  it('refuses a weak password naming the option, and an unknown account', async () => {
    await t.account('weak@example.com');
    const weak = await cli([
      'user',
      'reset-password',
      '--email',
      'weak@example.com',
      '--password',
      'password',
    ]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain(
      'newPassword (--password or LINCHPIN_PASSWORD): must be at least 10 characters',
    );
    const common = await cli([
      'user',
      'reset-password',
      '--email',
      'weak@example.com',
      '--password',
      'qwertyuiop',
    ]);
    expect(common.stderr).toContain('is one of the most common passwords');
    expect((await signIn('weak@example.com', 'correct horse battery')).status).toBe(200);

    const unknown = await cli([
      'user',
      'reset-password',
      '--email',
      'nobody@example.com',
      '--password',
      'brand new secret',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: No account has the email nobody@example.com\n');
  });
});

describe('linchpin user password', () => {
  it('changes the password given the current one and signs out every session', async () => {
    await t.account('change@example.com');
    const session = await signIn('change@example.com', 'correct horse battery');
    const wrong = await cli([
      'user',
      'password',
      '--email',
      'change@example.com',
      '--current-password',
      'not the password',
      '--password',
      'another good one',
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain(
      'currentPassword (--current-password or LINCHPIN_CURRENT_PASSWORD): is wrong',
    );
    expect(await stillSignedIn(session.cookie)).toBe(true);

    const asked = await cli(['user', 'password', '--email', 'change@example.com'], {
      interactive: true,
      secrets: ['correct horse battery', 'another good one', 'another good one'],
    });
    expect(asked).toMatchObject({ code: 0, stderr: '' });
    expect(asked.asked).toEqual([
      'Current password: ',
      'Password (at least 10 characters): ',
      'The same password again: ',
    ]);
    expect(await stillSignedIn(session.cookie)).toBe(false);
    expect((await signIn('change@example.com', 'another good one')).status).toBe(200);
  });
});
